# The demo dataset's generator (core/demo): kept apart from CMakeLists.txt, which is edited by others.
brug_add_test(tst_demogenerator SOURCES tst_demogenerator.cpp LIBS brugdemo brugmodel LABELS unit)
