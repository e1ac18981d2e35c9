# CPack NSIS settings for the Windows installer. Only the NSIS generator reads them, so including
# this file on Linux is harmless; the installer itself is built on Windows CI (see ../README.md).
# The layout is the same as on Linux: bin\ next to share\trigger-atlas\, found relative to the
# program.
set(CPACK_NSIS_DISPLAY_NAME "Trigger Atlas")
set(CPACK_NSIS_PACKAGE_NAME "Trigger Atlas ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start-menu entry for the desktop program; the CLI stays on the command line.
set(CPACK_PACKAGE_EXECUTABLES trigger-atlas "Trigger Atlas")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\trigger-atlas.exe")
# images/icon.ico is made on Windows CI from images/icons/*.png (16 to 256 pixels), for example
# with ImageMagick: magick 16.png 24.png 32.png 48.png 64.png 128.png 256.png icon.ico
set(trigger_atlas_ico ${PROJECT_SOURCE_DIR}/images/icon.ico)
if(EXISTS ${trigger_atlas_ico})
  set(CPACK_NSIS_MUI_ICON ${trigger_atlas_ico})
  set(CPACK_NSIS_MUI_UNIICON ${trigger_atlas_ico})
endif()
