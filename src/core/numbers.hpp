// Locale-proof number parsing for data files. Accepts plain decimals only ("12", "-0.5"):
// no units ("12px"), no exponents ("1e999"), no "nan"/"inf", no surrounding junk.
#pragma once

#include <optional>
#include <string_view>

namespace ta {

std::optional<double> ParseDecimal(std::string_view text);
std::optional<int> ParseWholeNumber(std::string_view text);  // non-negative, plain digits

}  // namespace ta
