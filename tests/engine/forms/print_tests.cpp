// Print views on A4 (engine/forms/print.{h,cpp}, each kind's print_html), one
// suite per kind, from the stored fixtures with a real estimate and route: the
// A4 page with page numbers, headers repeated and rows kept whole, the whole
// commitment, the applicant's own contact (never the office's), no internal
// columns, no fixed header widths, nothing cut (no U+FFFD, no fixed buffers).
#include <boost/test/unit_test.hpp>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/forms/claim.h"
#include "engine/forms/class_opening.h"
#include "engine/forms/platform_application.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/forms/training_application.h"
#include "form_test_support.h"

using namespace skillaid;
using nlohmann::json;

namespace {

const std::string kToday = "2026-03-02";

struct Printed {
    std::string html;
    json estimate;
    std::optional<Route> route;
};

// The model's print view with the engine's estimate and the route, as the page opens it.
Printed print(const FormModel& m) {
    Printed p;
    if (const std::optional<json> s = m.scenario(kToday)) {
        try {
            p.estimate = estimate_json(*s, parse_date(kToday, "/today"));
        } catch (const InputError&) {
        }
    }
    Validation v;
    m.validate(v, kToday, p.estimate);
    if (const std::optional<RouteRequest> r = m.route_request()) {
        try {
            p.route = route_application(*r);
        } catch (const InputError&) {
        }
    }
    PrintContext ctx;
    ctx.estimate = p.estimate.is_object() ? &p.estimate : nullptr;
    ctx.route = p.route ? &*p.route : nullptr;
    ctx.today = kToday;
    p.html = m.print_html(ctx);
    return p;
}

bool has(const std::string& h, const std::string& s) { return h.find(s) != std::string::npos; }

// What every print view must hold.
void check_common(const Printed& p, bool roster) {
    const std::string& h = p.html;
    BOOST_TEST(has(h, "@page{size:A4"), "A4 page");
    BOOST_TEST(has(h, "counter(page)"));
    BOOST_TEST(has(h, "counter(pages)"), "page numbers");
    BOOST_TEST(has(h, "thead{display:table-header-group}"));
    BOOST_TEST(has(h, "break-inside:avoid"));
    BOOST_TEST(!has(h, "width:16%"), "no fixed header widths");
    BOOST_TEST(!has(h, "overflow:hidden"), "nothing clipped");
    BOOST_TEST(!has(h, "\xEF\xBF\xBD"), "no U+FFFD (a cut character)");
    BOOST_TEST(!has(h, "培训培训"));
    BOOST_TEST(!has(h, "<th>" + std::string(text::roster_col_issue) + "</th>"), "no internal 问题 column");
    BOOST_TEST(has(h, "id=\"bureau-opinion\""), "the bureau's review box");
    BOOST_TEST(has(h, text::ta_seal), "a seal box");
    BOOST_TEST(has(h, text::print_date_line));
    if (roster) BOOST_TEST(has(h, "<table class=\"list\" id=\"roster\"><thead>"), "the roster's header repeats");
    // The office's own contact person is never printed as the applicant's.
    if (p.route)
        for (const OfficeContact& c : p.route->contacts)
            if (!c.person.empty()) BOOST_TEST(!has(h, c.person), "office contact " << c.person << " not printed");
    BOOST_TEST(h.substr(h.size() - 14) == "</body></html>");
}

template <class Model>
Model fixture(const char* name) {
    Model m;
    m.from_json(test::read_fixture(name), 1);
    return m;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(print_training_application)

BOOST_AUTO_TEST_CASE(a4_like_attachment_4_with_the_whole_commitment) {
    auto m = fixture<TrainingApplicationModel>("training_application-v1.json");
    m.company = std::string(300, 'x') + "长春某某科技有限公司";  // a long name: the commitment is still whole
    const Printed p = print(m);
    check_common(p, true);
    const std::string c = m.commitment();
    BOOST_TEST(c.size() > 512u);
    BOOST_TEST(has(p.html, html_escape(c)), "the whole commitment");
    BOOST_TEST(has(p.html, "我单位申请培训开班及培训补贴所递交材料真实有效。"));
    BOOST_TEST(has(p.html, m.company));
    for (const char* s : {text::ta_signature, text::ta_bureau_opinion, text::print_training_time})
        BOOST_TEST(has(p.html, s), s);
    BOOST_REQUIRE(p.estimate.is_object() && !p.estimate.contains("error"));
    BOOST_TEST(has(p.html, "id=\"estimate\""));
    for (const json& item : p.estimate["items"]) {  // each item with its clause and arithmetic
        BOOST_TEST(has(p.html, html_escape(item.value("clause", ""))));
        BOOST_TEST(has(p.html, html_escape(item.value("explain", ""))));
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(print_claim)

BOOST_AUTO_TEST_CASE(the_applicants_own_contact_and_no_internal_columns) {
    auto m = fixture<ClaimModel>("claim-v1.json");
    m.contact = "王晓梅";
    m.phone = "0431-85551234";
    const Printed p = print(m);
    check_common(p, true);
    BOOST_REQUIRE(p.route.has_value());
    BOOST_TEST(!p.route->contacts.empty());
    BOOST_TEST(has(p.html, "<td id=\"contact\">王晓梅</td>"));
    BOOST_TEST(has(p.html, "<td class=\"nowrap\" id=\"phone\">0431-85551234</td>"));
    for (const OfficeContact& c : p.route->contacts) BOOST_TEST(!has(p.html, c.phone), c.phone);
    BOOST_TEST(has(p.html, text::print_applicant_seal));
    BOOST_TEST(has(p.html, text::print_legal_signature));
    const std::string commitment =
        format_text(text::cl_commitment_format, policy_versions().back().rules(Scheme::living_allowance).clause.c_str());
    BOOST_TEST(has(p.html, html_escape(commitment)));
    // IDs and amounts never wrap; the screen's notes are not printed.
    BOOST_TEST(has(p.html, "<td class=\"id\">220104198503011018</td>"));
    for (const RosterResult& r : m.results()) {
        BOOST_TEST(has(p.html, "<td class=\"num\">" + html_escape(r.amount) + "</td>"));
        if (!r.note.empty()) BOOST_TEST(!has(p.html, html_escape(r.note)), r.note);
    }
    // An older body without a contact prints empty boxes to fill in by hand.
    m.contact.clear();
    m.phone.clear();
    BOOST_TEST(has(print(m).html, "<td id=\"contact\"></td>"));
    BOOST_TEST(!m.to_json().contains("contact"));
}

BOOST_AUTO_TEST_CASE(a_living_allowance_claim) {
    const auto m = fixture<ClaimModel>("claim-v1-living.json");
    check_common(print(m), true);
}

BOOST_AUTO_TEST_CASE(the_contact_round_trips_and_a_bad_phone_is_an_error) {
    auto m = fixture<ClaimModel>("claim-v1.json");
    m.contact = "王晓梅";
    m.phone = "12";
    ClaimModel back;
    back.from_json(m.to_json(), 1);
    BOOST_TEST(back.contact == "王晓梅");
    BOOST_TEST(back.phone == "12");
    Validation v;
    m.validate(v, kToday, json());
    test::check_issue(v, "phone", "/phone", text::pa_phone_bad);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(print_class_opening)

BOOST_AUTO_TEST_CASE(a4_with_the_whole_commitment_and_the_review_box) {
    const auto m = fixture<ClassOpeningModel>("class_opening-v1.json");
    const Printed p = print(m);
    check_common(p, true);
    BOOST_TEST(has(p.html, html_escape(text::co_commitment)));
    BOOST_TEST(has(p.html, text::co_signature));
    BOOST_TEST(has(p.html, html_escape(m.institution)));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(print_platform_application)

BOOST_AUTO_TEST_CASE(a4_like_attachment_3_with_its_contact) {
    const auto m = fixture<PlatformApplicationModel>("platform_application-v1.json");
    const Printed p = print(m);
    check_common(p, false);
    for (const char* line : text::pa_commitments) BOOST_TEST(has(p.html, html_escape(line)), line);
    BOOST_TEST(!m.contact.empty());
    BOOST_TEST(has(p.html, html_escape(m.contact + "　" + m.phone)));
    BOOST_TEST(has(p.html, "id=\"checklist\""));
}

BOOST_AUTO_TEST_SUITE_END()
