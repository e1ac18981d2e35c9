# CPack configuration: a .deb and a relocatable .tar.gz on Linux; NSIS and macOS settings live
# in installers/windows and installers/macos. Included at the end of the top-level CMakeLists.txt,
# after every install() rule. Build packages with `cpack -G DEB` (or TGZ) in the build directory.
set(CPACK_PACKAGE_NAME trigger-atlas)
set(CPACK_PACKAGE_VENDOR "The Trigger Atlas authors")
set(CPACK_PACKAGE_CONTACT "Trigger Atlas maintainers <maintainers@triggeratlas.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://triggeratlas.org/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "trigger-point referred-pain map and self-treatment guide")

# The long description. Debian wants its lines under 80 columns: keep them wrapped at 72.
set(trigger_atlas_package_programs "the command-line tool trigger-atlas-cli")
if(TRIGGER_ATLAS_BUILD_GUI)
  set(trigger_atlas_package_programs "the desktop program trigger-atlas and the\ncommand-line tool trigger-atlas-cli")
endif()
set(CPACK_PACKAGE_DESCRIPTION
    "Trigger Atlas maps myofascial trigger points and the pain they refer.
Mark the spots that hurt on a body chart and it ranks the muscles whose
trigger points are known to send pain there, explains each suggestion
and shows the fewest muscles that account for all the spots. For each
muscle it tells how to find its trigger points, what keeps them going,
and how to treat them with self-massage, stretches and self-tests,
citing its sources. Trigger Atlas is education, not diagnosis.

This package holds ${trigger_atlas_package_programs}
(queries, database checks, printable sheets) and the referral database.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Trigger Atlas")
set(CPACK_STRIP_FILES ON)
# Directories CPack creates get 755 whatever the umask, as Debian policy wants.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_VERBATIM_VARIABLES ON)

# The .tar.gz unpacks to one folder with bin/ and share/ that runs from wherever it is put.
set(CPACK_GENERATOR TGZ DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
# The source package leaves out what .gitignore does: build directories, out/, editor files.
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "^${PROJECT_SOURCE_DIR}/build[^/]*/" "^${PROJECT_SOURCE_DIR}/out/" "\\.swp$")

# Debian: library dependencies come from dpkg-shlibdeps; what is opened at run time is listed
# by hand (the OpenGL3 backend dlopens libGL.so.1; the GUI and the PDF sheets use DejaVu fonts).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
if(TRIGGER_ATLAS_BUILD_GUI)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libgl1")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(${CMAKE_CURRENT_LIST_DIR}/windows/NsisSettings.cmake)
include(CPack)
