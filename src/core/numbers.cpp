// Number parsing with std::from_chars: independent of the C locale, and strict.
#include "numbers.hpp"

#include <charconv>
#include <cmath>

namespace ta {

namespace {

// from_chars would accept exponents and "nan"/"inf"; data files must not contain them.
bool IsPlainDecimal(std::string_view text) {
    if (text.empty()) return false;
    size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') digits = true;
        else if (c == '.' && !dot) dot = true;
        else return false;
    }
    return digits;
}

}  // namespace

std::optional<double> ParseDecimal(std::string_view text) {
    if (!IsPlainDecimal(text)) return std::nullopt;
    if (text[0] == '+') text.remove_prefix(1);
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<int> ParseWholeNumber(std::string_view text) {
    if (text.empty() || text.size() > 9) return std::nullopt;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

}  // namespace ta
