#include "errortext.h"

#include "storeerror.h"

namespace brug {

QString ErrorText::forStore(const StoreError &e)
{
    using K = StoreError::Kind;
    switch (e.kind()) {
    case K::WrongPassphrase: return tr("Wrong passphrase. Try again.");
    case K::NotADatabase: return tr("This file is not a Brug store. It was not changed.");
    case K::Corrupt: return tr("The store is damaged. It was not changed. Ask your coordinator for help.");
    case K::NewerSchema: return tr("This store was made by a newer Brug. Please update the app.");
    case K::KeyFileMissing: return tr("The key file of the store is missing. It was not changed.");
    case K::DiskFull: return tr("The device is full. Free some space; nothing was lost.");
    case K::ReadOnly: return tr("Brug cannot write its files here.");
    case K::Busy: return tr("The store is busy. Try again in a moment.");
    case K::Io: return tr("The device could not read or write. Try again.");
    case K::Invalid: return tr("Something in the form does not fit. Check the fields.");
    case K::NotFound: return tr("This item is no longer there.");
    case K::Internal: return tr("Something went wrong. Nothing was lost.");
    }
    return tr("Something went wrong. Nothing was lost.");
}

QString ErrorText::forSync(const QString &code)
{
    if (code == u"network" || code == u"bad_response")
        return tr("No connection to the server. Brug will try again.");
    if (code == u"tls")
        return tr("The server could not prove who it is. Nothing was sent. Ask your coordinator.");
    if (code == u"insecure_server")
        return tr("This server address is not secure. Use an address that starts with https://.");
    if (code == u"bad_server_url")
        return tr("This is not a server address. Check it and try again.");
    if (code == u"unauthorized")
        return tr("The server no longer knows this device. Enrol it again in Settings.");
    if (code == u"store")
        return tr("The store could not be written. Free some space and try again.");
    if (code == u"internal" || code == u"busy")
        return tr("The server has a problem. Brug will try again.");
    if (code == u"too_many_attempts")
        return tr("Too many tries. Wait ten minutes.");
    if (code == u"enrolment_code_invalid")
        return tr("This code is not valid. Ask your coordinator for a new one.");
    return tr("Sync failed. Brug will try again.");
}

} // namespace brug
