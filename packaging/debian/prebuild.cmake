# CPACK_PRE_BUILD_SCRIPTS: the Debian-only files, added to the staging tree
# after `make install` and before dpkg-deb builds the package.  A plain
# `cmake --install` gets none of these (and an uncompressed man page).
set(stage "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
if(NOT EXISTS "${stage}/usr/bin/denizen")
  message(FATAL_ERROR "prebuild.cmake: no usr/bin/denizen under ${stage}")
endif()
set(doc "${stage}/usr/share/doc/denizen")

# Debian policy 12.3 and 12.7: man pages and changelogs compressed with gzip -9n.
execute_process(COMMAND gzip -9nf "${stage}/usr/share/man/man1/denizen.1" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip of the man page failed")
endif()

configure_file("${CPACK_DZ_PACKAGING_DIR}/debian/copyright" "${doc}/copyright" COPYONLY)

string(TIMESTAMP now "%a, %d %b %Y %H:%M:%S +0000" UTC)   # honours SOURCE_DATE_EPOCH
file(WRITE "${doc}/changelog"
"denizen (${CPACK_DZ_VERSION}) unstable; urgency=medium

  * Built with CPack from the denizen source tree.

 -- ${CPACK_DZ_CONTACT}  ${now}
")
execute_process(COMMAND gzip -9nf "${doc}/changelog")

file(MAKE_DIRECTORY "${stage}/usr/share/lintian/overrides")
configure_file("${CPACK_DZ_PACKAGING_DIR}/debian/lintian-overrides"
               "${stage}/usr/share/lintian/overrides/denizen" COPYONLY)
