// Matching red flags to marked regions.
#include "red_flags.hpp"

#include <algorithm>

namespace ta {

namespace {

bool FlagCoversRegion(const Database& db, const RedFlag& flag, int region) {
    const Region& r = db.atlas.regions[region];
    return std::any_of(flag.regions.begin(), flag.regions.end(), [&](const RegionRef& ref) {
        if (db.atlas.bases[r.base].id != ref.region) return false;
        return ref.side == "both" || r.side == Side::Midline || ref.side == SideName(r.side);
    });
}

}  // namespace

std::vector<RelevantRedFlag> RedFlagsForRegions(const Database& db, const std::vector<int>& marked_regions) {
    std::vector<RelevantRedFlag> emergency, doctor, general;
    const auto& flags = db.content.safety.red_flags;
    for (size_t f = 0; f < flags.size(); ++f) {
        RelevantRedFlag relevant{static_cast<int>(f), {}};
        if (flags[f].regions.empty()) {
            general.push_back(relevant);
            continue;
        }
        for (int region : marked_regions)
            if (FlagCoversRegion(db, flags[f], region) &&
                std::find(relevant.regions.begin(), relevant.regions.end(), region) == relevant.regions.end())
                relevant.regions.push_back(region);
        if (!relevant.regions.empty()) (flags[f].emergency ? emergency : doctor).push_back(relevant);
    }
    emergency.insert(emergency.end(), doctor.begin(), doctor.end());
    emergency.insert(emergency.end(), general.begin(), general.end());
    return emergency;
}

}  // namespace ta
