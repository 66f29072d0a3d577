# The view models the QML sees (app/ui/, library brugui): each test opens a real encrypted store
# in a temporary folder, hands it to a Session as the app does, and watches every list model with
# QAbstractItemModelTester. Shared set-up: uitestfixture.h.
brug_add_test(tst_models SOURCES tst_models.cpp uitestfixture.h LIBS brugui LABELS unit)
brug_add_test(tst_actions SOURCES tst_actions.cpp uitestfixture.h LIBS brugui LABELS unit)
brug_add_test(tst_recordform SOURCES tst_recordform.cpp uitestfixture.h LIBS brugui LABELS unit)
# Labels and Language: the translations built into brugui, no store.
brug_add_test(tst_labels SOURCES tst_labels.cpp LIBS brugui LABELS unit)
