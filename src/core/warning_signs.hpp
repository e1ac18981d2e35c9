// Warning signs: the one rule that decides which red flags apply and in which order, and the
// words every front end shows for them. The app, the CLI and the sheets all call this, so a
// warning can never be missing from one surface or ordered differently on another.
//
// The rule: a red flag applies when one of its regions is among the regions in question (the
// spots a person marked, or every essential and spillover zone of the muscles on a sheet).
// Order: emergencies, then "see a doctor today", then "see a doctor first", each in the order
// safety.xml lists them (so the cardiac warning leads among emergencies); then the flags that
// apply wherever the pain is.
#pragma once

#include "database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct WarningSign {
    int flag = -1;              // index into content.safety.red_flags
    std::vector<int> regions;   // the regions that brought it up; empty for flags that apply everywhere
    bool General() const { return regions.empty(); }
};

std::vector<WarningSign> WarningSignsForRegions(const Database& db, const std::vector<int>& regions);

// Every region the muscles send pain to, essential or spillover, on their sides.
std::vector<int> ReferralRegions(const Database& db, const std::vector<MuscleInstance>& muscles);

// What a front end shows for one warning: a tag ("Emergency"), the one-line summary, and the
// title and full text behind a click.
struct WarningLine {
    Urgency urgency = Urgency::Doctor;
    bool general = false;
    std::string id, tag, summary, title, text;
    std::vector<int> regions;  // as in WarningSign
};

const char* UrgencyTag(Urgency urgency);   // "Emergency", "See a doctor today", "See a doctor first"
const char* UrgencyName(Urgency urgency);  // "emergency", "urgent", "doctor", as in safety.xml
std::vector<WarningLine> WarningLines(const Database& db, const std::vector<WarningSign>& signs);

// Warning signs must never silently go missing: when safety.xml could not be read whole, this
// says why, and front ends refuse to print or show advice without it.
std::optional<std::string> SafetyContentProblem(const Safety& safety);

}  // namespace ta
