// Matching red flags to regions, ordering them, and their words.
#include "warning_signs.hpp"

#include <algorithm>

namespace ta {

namespace {

bool FlagCoversRegion(const Database& db, const RedFlag& flag, int region) {
    if (region < 0 || static_cast<size_t>(region) >= db.atlas.regions.size()) return false;
    const Region& r = db.atlas.regions[region];
    return std::any_of(flag.regions.begin(), flag.regions.end(), [&](const RegionRef& ref) {
        if (db.atlas.bases[r.base].id != ref.region) return false;
        return ref.side == "both" || r.side == Side::Midline || ref.side == SideName(r.side);
    });
}

int OrderKey(const RedFlag& flag, bool general) {
    if (general) return 3;
    return flag.urgency == Urgency::Emergency ? 0 : flag.urgency == Urgency::Urgent ? 1 : 2;
}

}  // namespace

std::vector<WarningSign> WarningSignsForRegions(const Database& db, const std::vector<int>& regions) {
    std::vector<WarningSign> signs;
    const auto& flags = db.content.safety.red_flags;
    for (size_t f = 0; f < flags.size(); ++f) {
        WarningSign sign{static_cast<int>(f), {}};
        if (flags[f].regions.empty()) {
            signs.push_back(sign);
            continue;
        }
        for (int region : regions)
            if (FlagCoversRegion(db, flags[f], region) && std::find(sign.regions.begin(), sign.regions.end(), region) == sign.regions.end())
                sign.regions.push_back(region);
        if (!sign.regions.empty()) signs.push_back(std::move(sign));
    }
    std::stable_sort(signs.begin(), signs.end(), [&](const WarningSign& a, const WarningSign& b) {
        return OrderKey(flags[a.flag], a.General()) < OrderKey(flags[b.flag], b.General());
    });
    return signs;
}

std::vector<int> ReferralRegions(const Database& db, const std::vector<MuscleInstance>& muscles) {
    std::vector<int> regions;
    for (const MuscleInstance& instance : muscles)
        for (const ZoneWeight& zone : db.zones_by_instance[instance.Index()])
            if ((zone.essential > 0 || zone.spillover > 0) && std::find(regions.begin(), regions.end(), zone.region) == regions.end())
                regions.push_back(zone.region);
    return regions;
}

namespace {

struct UrgencyWords {
    const char* name;  // as in safety.xml
    const char* tag;   // as a person reads it
};

UrgencyWords WordsFor(Urgency urgency) {
    switch (urgency) {
    case Urgency::Emergency: return {"emergency", "Emergency"};
    case Urgency::Urgent: return {"urgent", "See a doctor today"};
    case Urgency::Doctor: break;
    }
    return {"doctor", "See a doctor first"};
}

}  // namespace

const char* UrgencyTag(Urgency urgency) { return WordsFor(urgency).tag; }
const char* UrgencyName(Urgency urgency) { return WordsFor(urgency).name; }

std::vector<WarningLine> WarningLines(const Database& db, const std::vector<WarningSign>& signs) {
    std::vector<WarningLine> lines;
    for (const WarningSign& sign : signs) {
        const RedFlag& flag = db.content.safety.red_flags[sign.flag];
        lines.push_back({flag.urgency, sign.General(), flag.id, UrgencyTag(flag.urgency),
                         flag.summary.empty() ? flag.title : flag.summary, flag.title, flag.text, sign.regions});
    }
    return lines;
}

std::optional<std::string> SafetyContentProblem(const Safety& safety) {
    if (safety.file.empty()) return "the safety content (safety.xml) could not be read";
    if (!safety.complete) return "the safety content (" + safety.file + ") has errors";
    if (safety.red_flags.empty() || safety.disclaimer.empty()) return "the safety content (" + safety.file + ") is incomplete";
    return std::nullopt;
}

}  // namespace ta
