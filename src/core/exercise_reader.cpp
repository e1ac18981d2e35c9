// Reads content/exercises.xml: movement breaks and strength work that belong to no muscle's trigger
// points (a walk away from the desk, a bird dog for runners). Each <exercise> is read exactly like
// a muscle's <technique>, so it has the same title, position, steps, dose and cautions.
#include "content_readers.hpp"

#include "xml_reader.hpp"

#include <filesystem>

namespace ta {

namespace {

void ReadExercise(const ElementReader& e, Content& content) {
    e.CheckAttributes({"kind", "id"});
    auto kind = e.ChoiceAttribute("kind", {"movement", "strength"}, std::nullopt);
    auto id = e.IdAttribute();
    if (!kind || !id) return;
    if (content.FindExercise(*id)) {
        e.Error("duplicate exercise id '" + *id + "'", "exercise ids must be unique");
        return;
    }
    Technique t;
    t.id = *id;
    t.kind = *kind == "strength" ? TechniqueKind::Strength : TechniqueKind::Movement;
    ReadTechniqueBody(e, t);
    content.exercises.push_back(std::move(t));
}

}  // namespace

// The file is optional: content written before exercises existed stays valid, and a routine that
// names an exercise still reports it as unknown when the file is missing.
void ReadExercisesFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return;
    tinyxml2::XMLDocument document;
    if (auto root = OpenDocument(file, document, "exercises", 1, diagnostics))
        root->ForEachChild({{"exercise", [&](const ElementReader& e) { ReadExercise(e, content); }}});
}

}  // namespace ta
