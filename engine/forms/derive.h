// Forms started from another (issue 13 part 5): from a 企业职工培训申请
// (附件4), the 补贴资金申请 after the training or the 开班申请 of the class,
// carrying what both forms ask: the unit, the route, the bank account, the
// scheme, occupation, level, mode and hours, the dates, and the roster (every
// column of each person; the new form shows the columns it asks for). A
// field the target does not offer (e.g. a scheme the claim does not pay) is
// left empty. `origin` of the result says where it came from (its title shows it).
// The UI opens the result as a new draft (ui/forms/training_application.cpp). No ImGui.
#pragma once
#include <memory>

#include "engine/forms/claim.h"
#include "engine/forms/class_opening.h"
#include "engine/forms/training_application.h"

namespace skillaid {

// The claim (职业培训补贴, by the enterprise) for the application's training.
std::unique_ptr<ClaimModel> claim_from_application(const TrainingApplicationModel& a);
// The class opening for the application's training. The institution is the
// application's 培训机构 (the company when none is named); the company's USCC
// and route go with it only when the company trains its own staff.
std::unique_ptr<ClassOpeningModel> class_opening_from_application(const TrainingApplicationModel& a);

}  // namespace skillaid
