#pragma once

#include "syncmessages.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace brug {

class Store;

/// Enrols this device with a server using a one-time code, and keeps the answer in the store.
class Enroller : public QObject
{
    Q_OBJECT
public:
    Enroller(Store &store, QNetworkAccessManager &network, QObject *parent = nullptr);

    void enrol(const QUrl &server, const QString &code, const QString &deviceName,
               const QString &platform = QStringLiteral("linux"));

signals:
    void succeeded();
    /// `code` is the protocol's error code (or "network"); `message` is plain words for the user.
    void failed(const QString &code, const QString &message);

private:
    Store &m_store;
    QNetworkAccessManager &m_network;
};

} // namespace brug
