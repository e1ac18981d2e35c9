// Folding text for matching: lower case, accents removed, punctuation dropped or turned into
// spaces, white space collapsed. "Fibularis-Longus", "fibularis longus" and "FIBULÁRIS longus"
// all fold to "fibularis longus"; "golfer's elbow" folds to "golfers elbow".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ta {

std::string FoldForSearch(std::string_view text);
std::vector<std::string> SplitWords(std::string_view folded);

// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up and
// returning limit + 1 as soon as the distance must exceed `limit`.
int EditDistance(std::string_view a, std::string_view b, int limit);

}  // namespace ta
