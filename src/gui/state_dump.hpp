// --state-dump FILE: after every handled input the app writes what it shows as JSON (view and
// framing, marks, top candidates, selection, search, open panels, where each region of the view
// is on screen), so an end-to-end test can drive the real binary and check what happened.
#pragma once

#include <filesystem>

#include <nlohmann/json.hpp>

namespace ta::gui {

class App;

nlohmann::json StateJson(App& app, int frame);
void WriteStateDump(App& app, int frame, const std::filesystem::path& file);  // atomically

}  // namespace ta::gui
