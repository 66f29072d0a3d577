# The view models the QML sees (app/ui/, library brugui): each test opens a real encrypted store
# in a temporary folder, hands it to a Session as the app does, and watches every list model with
# QAbstractItemModelTester. Shared set-up: uitestfixture.h.
brug_add_test(tst_models SOURCES tst_models.cpp uitestfixture.h LIBS brugui LABELS unit)
brug_add_test(tst_actions SOURCES tst_actions.cpp uitestfixture.h LIBS brugui LABELS unit)
brug_add_test(tst_recordform SOURCES tst_recordform.cpp uitestfixture.h LIBS brugui LABELS unit)
# Labels and Language: the translations built into brugui, no store.
brug_add_test(tst_labels SOURCES tst_labels.cpp LIBS brugui LABELS unit)

# The four translations are complete, and lupdate over the sources (as the build runs it) finds
# no text that is not translated yet.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/brug_tr_sources.lst
     CONTENT "$<JOIN:${BRUG_QML_FILES_ABS};${BRUG_UI_SOURCES},\n>\n")
brug_add_test(tst_translations SOURCES tst_translations.cpp LABELS unit)
target_compile_definitions(tst_translations PRIVATE
    BRUG_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    BRUG_TS_DIR="${CMAKE_SOURCE_DIR}/translations"
    BRUG_TR_SOURCES="${CMAKE_CURRENT_BINARY_DIR}/brug_tr_sources.lst")
