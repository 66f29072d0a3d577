# The Reports page's figures (core/reports) and their CSV and PDF exports.
brug_add_test(tst_reports SOURCES tst_reports.cpp LIBS brugreports brugcore LABELS unit)
# The exports need QtGui (QPdfWriter) and the view model: they link the app's UI library.
if(BRUG_BUILD_APP)
  brug_add_test(tst_reportexport SOURCES tst_reportexport.cpp LIBS brugui brugreports brugcore LABELS unit)
endif()

# The provider's share of meetings, which its figures count (docs/sync-protocol.md §10), end to
# end against a real brug-server on SQLite and PostgreSQL, like tests/e2e. Registered here, with
# the reports it serves, as brug_add_e2e_test is defined only later (tests/e2e); the test
# support library is resolved when the build is generated.
add_executable(tst_e2e_meetingshare ${CMAKE_SOURCE_DIR}/tests/e2e/tst_e2e_meetingshare.cpp)
target_link_libraries(tst_e2e_meetingshare PRIVATE Qt6::Test brugtestsupport brugreports)
add_dependencies(tst_e2e_meetingshare brug-server brug-cli)
foreach(backend sqlite postgres)
    add_test(NAME tst_e2e_meetingshare_${backend} COMMAND tst_e2e_meetingshare)
    set_tests_properties(tst_e2e_meetingshare_${backend} PROPERTIES
        LABELS "e2e;server;${backend}" TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BRUG_TEST_BACKEND=${backend};BRUG_TEST_BINARY_DIR=${CMAKE_BINARY_DIR}")
endforeach()
