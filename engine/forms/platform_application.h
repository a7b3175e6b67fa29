// 网络线上培训第三方监管平台申请表 (长人社联〔2020〕12号 附件3) with the
// 第三方监管平台资质汇总表 (附件2) as its checklist: every 必达指标, the
// concurrency figure (policy parameter platform.min_concurrent_learners) and
// the system integration must be met before the form is ready (四(一)).
// Attachment 2's items are one list of data here (platform_qualifications(),
// platform_supervision()), read by validation, the print view and the view
// (ui/forms/platform_application.cpp).
#pragma once
#include <array>
#include <span>
#include <string>

#include "engine/forms/form.h"
#include "engine/policy.h"

namespace skillaid {

// A way of meeting an item of 四 (stored in the body by id).
struct PlatformOption {
    const char* id;
    const char* name;
    bool biometric = false;  // counts toward 四(一)3 "具备多种生物识别技术"
};

// One item of attachment 2.
struct PlatformItem {
    const char* text;
    bool required = false;           // 一: named by `clause`; 四: 必达指标. Unmet: error (else a warning)
    const char* clause = nullptr;    // the clause that requires it, when it is not a 必达指标
    const char* options_key = nullptr;  // 四 items met by any option: key under the body's "supervision_options"
    std::span<const PlatformOption> options = {};
};

inline constexpr int platform_qualification_count = 5;
inline constexpr int platform_supervision_count = 8;
inline constexpr int platform_max_options = 5;
inline constexpr int platform_min_biometrics = 2;  // "多种": at least two

std::span<const PlatformItem> platform_qualifications();  // 一、资质条件
const PlatformItem& platform_integration();                // 三、在线平台技术要求 (the one item)
std::span<const PlatformItem> platform_supervision();     // 四、监管要求

// 二's heading with the minimum of `p` and its clause.
std::string platform_network_heading(const PolicyVersion& p);

class PlatformApplicationModel final : public FormModel {
public:
    // 附件3: the company and its platform.
    std::string company, address, credit_code, platform_name, url, summary, contact, phone;
    // 附件2, by the items of platform_qualifications() / platform_supervision().
    std::array<bool, platform_qualification_count> qualifications{};
    long long concurrent_learners = 0;
    bool integration = false;
    std::array<bool, platform_supervision_count> supervision{};  // items without options
    std::array<std::array<bool, platform_max_options>, platform_supervision_count> options{};  // items with options

    // Item i of 四 is met: checked, or any of its options chosen.
    bool supervision_met(int i) const;

    void prefill(const Profile& p) override;         // engine/forms/profile.cpp
    void to_profile(Profile& p) const override;
    void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const override;
    nlohmann::json to_json() const override;
    void from_json(const nlohmann::json& body, int format_version) override;
    std::string title() const override { return platform_name.empty() ? company : platform_name; }
    std::string print_html(const PrintContext& ctx) const override;
};

}  // namespace skillaid
