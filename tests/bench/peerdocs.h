#pragma once

// The PouchDB peer benchmark's record generator (../shared/bench/peer-pouchdb/bench.mjs,
// makeReferrals), ported value for value: the same mulberry32 stream, the same seed, the same
// order of draws, so document i here is document i there (checked by brug_bench_sync
// --check-generator against node).

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace brug::bench {

struct PeerDoc
{
    QString id;               ///< referral-000123
    QString familyCode;       ///< FAM-XXXXXX
    int organisation = 0;     ///< 1..12
    QString intermediary;     ///< user-xxxxxxxx
    int provider = 0;         ///< 1..4
    QString originCountry;
    QStringList languages;
    QString reason;           ///< ~600 characters
    std::vector<int> riskFactors;
    QString urgency;          ///< low normal high urgent
    QString status;
    QStringList consentIds;
    qint64 createdAt = 0, submittedAt = 0, updatedAt = 0; ///< ms

    /// The document exactly as the peer benchmark stores it (key order aside).
    [[nodiscard]] QJsonObject toPouchJson() const;
};

[[nodiscard]] std::vector<PeerDoc> makePeerDocs(int n, quint32 seed);

} // namespace brug::bench
