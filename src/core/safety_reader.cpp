// Reads safety.xml: disclaimer, evidence note, nerve warning, red flags and general advice.
#include "content_readers.hpp"

#include "xml_reader.hpp"

#include <cstdint>
#include <cstdio>

namespace ta {

namespace {

constexpr size_t kMaxSummaryBytes = 80;

// FNV-1a over every text a person acknowledges, so a changed warning asks to be read again.
std::string Fingerprint(const Safety& safety) {
    std::uint64_t hash = 14695981039346656037ull;
    auto add = [&](const std::string& text) {
        for (unsigned char c : text + '\x1f') hash = (hash ^ c) * 1099511628211ull;
    };
    add(safety.disclaimer);
    add(safety.evidence);
    add(safety.nerve_warning);
    for (const RedFlag& flag : safety.red_flags) {
        add(flag.id);
        add(flag.title);
        add(flag.summary);
        add(flag.text);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

void ReadRedFlag(const ElementReader& e, Safety& safety) {
    e.CheckAttributes({"id", "urgency"});
    auto id = e.IdAttribute();
    auto urgency = e.ChoiceAttribute("urgency", {"emergency", "urgent", "doctor"}, std::nullopt);
    if (!id || !urgency) return;
    RedFlag flag;
    flag.id = *id;
    flag.urgency = *urgency == "emergency" ? Urgency::Emergency : *urgency == "urgent" ? Urgency::Urgent : Urgency::Doctor;
    flag.line = e.Line();
    e.ForEachChild({
        {"title", TextInto(flag.title)},
        {"summary", TextInto(flag.summary)},
        {"text", TextInto(flag.text)},
        {"region", [&](const ElementReader& c) {
             c.CheckAttributes({"ref", "side"});
             auto ref = c.RequiredAttribute("ref");
             auto side = c.ChoiceAttribute("side", {"both", "right", "left"}, std::string("both"));
             if (ref && side) flag.regions.push_back({*ref, *side, c.Line()});
         }},
    });
    if (flag.title.empty() || flag.text.empty()) e.Error("red flag needs <title> and <text>");
    if (flag.summary.size() > kMaxSummaryBytes)
        e.Error("red flag <summary> is longer than " + std::to_string(kMaxSummaryBytes) + " characters",
                "the summary is the one line the app shows; put the details in <text>");
    safety.red_flags.push_back(std::move(flag));
}

void ReadAdvice(const ElementReader& e, Safety& safety) {
    e.CheckAttributes({"id"});
    auto id = e.IdAttribute();
    if (!id) return;
    Advice advice{*id, {}, {}, {}};
    e.ForEachChild({{"title", TextInto(advice.title)}, {"text", TextInto(advice.text)}, {"why", TextInto(advice.why)}});
    if (advice.title.empty() || advice.text.empty() || advice.why.empty())
        e.Error("advice needs <title>, <text> and <why>", "say what to do and why it helps");
    safety.advice.push_back(std::move(advice));
}

}  // namespace

void ReadSafetyFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    const int errors_before = diagnostics.ErrorCount();
    tinyxml2::XMLDocument document;
    auto root = OpenDocument(file, document, "safety", 1, diagnostics);
    if (!root) return;
    Safety& safety = content.safety;
    safety.file = file;
    root->ForEachChild({
        {"disclaimer", TextInto(safety.disclaimer)},
        {"evidence", TextInto(safety.evidence)},
        {"nerve-warning", TextInto(safety.nerve_warning)},
        {"red-flag", [&](const ElementReader& e) { ReadRedFlag(e, safety); }},
        {"advice", [&](const ElementReader& e) { ReadAdvice(e, safety); }},
    });
    if (safety.disclaimer.empty()) root->Error("safety.xml has no <disclaimer>");
    if (safety.red_flags.empty()) root->Error("safety.xml has no <red-flag>");
    safety.complete = diagnostics.ErrorCount() == errors_before;
    safety.fingerprint = Fingerprint(safety);
}

}  // namespace ta
