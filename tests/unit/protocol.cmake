# The wire format of docs/sync-protocol.md (sync/protocol), without a server.
brug_add_test(tst_protocol SOURCES tst_protocol.cpp LIBS brugprotocol brughttp brugmodel PkgConfig::ZSTD LABELS unit)
# The server's text reader of stored record bodies, against QJsonDocument.
brug_add_test(tst_rawbody SOURCES tst_rawbody.cpp LIBS brugserver LABELS unit)
brug_add_test(tst_batchtext SOURCES tst_batchtext.cpp LIBS brugserver LABELS unit)
# A large batch read on several threads answers what the whole document answers.
brug_add_test(tst_syncrequesttext SOURCES tst_syncrequesttext.cpp LIBS brugserver LABELS unit)
# A server record's fields (FieldMap), and its body written and read back.
brug_add_test(tst_fieldmap SOURCES tst_fieldmap.cpp LIBS brugserver LABELS unit)
