// For the app's end-to-end tests under LeakSanitizer (CI's sanitizer run preloads it): dlclose
// does nothing, so the libraries SDL loads and unloads while it runs (Mesa's driver, libdbus)
// stay mapped until exit. LeakSanitizer can then name the module that holds each allocation they
// keep, and tests/gui/lsan-suppressions.txt suppresses those modules by name; without it their
// allocations belong to no module and cannot be told from leaks in our code.
extern "C" int dlclose(void* handle) {
    (void)handle;
    return 0;
}
