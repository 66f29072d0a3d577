#include "peerdocs.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace brug::bench {

namespace {
class Mulberry32
{
public:
    explicit Mulberry32(quint32 seed) : m_a(seed) {}
    double next()
    {
        m_a += 0x6d2b79f5u;
        quint32 t = m_a;
        t = (t ^ (t >> 15)) * (t | 1u);
        t ^= t + (t ^ (t >> 7)) * (t | 61u);
        return double(t ^ (t >> 14)) / 4294967296.0;
    }

private:
    quint32 m_a;
};

const char *const kCountries[] = {"MA", "TR", "SR", "GH", "SY", "ER", "AF", "SO", "CW", "NG", "IQ", "PL", "AW", "EG"};
const char *const kLanguages[] = {"ar", "tr", "ak", "nl", "en", "fr", "ti", "so", "fa", "pl", "pap", "ber"};
const char *const kUrgency[] = {"low", "normal", "high", "urgent"};
const char *const kStatuses[] = {"draft", "submitted", "in_review", "accepted", "needs_info", "intake_planned", "closed"};
const char kWordText[] =
    "family mother father son daughter grandmother school teacher worries about sleep behaviour "
    "support home visit appointment interpreter language youth care provider intake discussed agreed "
    "neighbourhood meeting asked help with and the for since weeks months stress housing money health "
    "doctor advice parenting questions together contact follow-up plan consent trust community centre "
    "evening group information session going along first second often sometimes quiet tired angry "
    "peace in the house brother sister homework absent class mentor waiting list GP referral letter "
    "explained calm listened worried needs time more practical short line caseworker";
const char kB32[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const char kHex[] = "0123456789abcdef";

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
} // namespace

QJsonObject PeerDoc::toPouchJson() const
{
    QJsonArray risks;
    for (int r : riskFactors)
        risks.append(r);
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("type"), QStringLiteral("referral")},
            {QStringLiteral("schema"), 1},
            {QStringLiteral("family_code"), familyCode},
            {QStringLiteral("organisation_id"), QStringLiteral("org-%1").arg(organisation)},
            {QStringLiteral("intermediary_id"), intermediary},
            {QStringLiteral("provider_id"), QStringLiteral("provider-%1").arg(provider)},
            {QStringLiteral("origin_country"), originCountry},
            {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("risk_factors"), risks},
            {QStringLiteral("urgency"), urgency},
            {QStringLiteral("status"), status},
            {QStringLiteral("consent_ids"), QJsonArray::fromStringList(consentIds)},
            {QStringLiteral("created_at"), iso(createdAt)},
            {QStringLiteral("submitted_at"), iso(submittedAt)},
            {QStringLiteral("updated_at"), iso(updatedAt)}};
}

std::vector<PeerDoc> makePeerDocs(int n, quint32 seed)
{
    Mulberry32 rnd(seed);
    auto integer = [&](double k) { return qint64(std::floor(rnd.next() * k)); };
    static const QStringList words = QString::fromLatin1(kWordText).split(u' ');
    auto code = [&](int len, const char *alphabet, int alphabetSize) {
        QString s;
        for (int i = 0; i < len; ++i)
            s += QLatin1Char(alphabet[integer(alphabetSize)]);
        return s;
    };
    auto text = [&](int target) {
        QString s;
        while (s.size() < target) {
            const int len = 8 + int(integer(9));
            QStringList w;
            for (int i = 0; i < len; ++i)
                w << words[integer(double(words.size()))];
            w[0] = w[0].left(1).toUpper() + w[0].mid(1);
            s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + w.join(u' ') + QLatin1Char('.');
        }
        if (s.size() > target) {
            s = s.left(s.lastIndexOf(u' ', target - 1));
            if (s.endsWith(u'.'))
                s.chop(1);
            s += QLatin1Char('.');
        }
        return s;
    };
    const qint64 base = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 day = 86400000;
    std::vector<PeerDoc> docs(size_t(std::max(0, n)));
    for (int i = 0; i < n; ++i) {
        PeerDoc &d = docs[size_t(i)];
        d.createdAt = base + integer(365.0 * double(day));
        d.submittedAt = d.createdAt + integer(3.0 * double(day));
        d.updatedAt = d.submittedAt + integer(30.0 * double(day));
        d.id = QStringLiteral("referral-%1").arg(i, 6, 10, QLatin1Char('0'));
        d.familyCode = QStringLiteral("FAM-") + code(6, kB32, 32);
        d.organisation = 1 + int(integer(12));
        d.intermediary = QStringLiteral("user-") + code(8, kHex, 16);
        d.provider = 1 + int(integer(4));
        d.originCountry = QString::fromLatin1(kCountries[integer(std::size(kCountries))]);
        {
            QStringList pool;
            for (const char *l : kLanguages)
                pool << QString::fromLatin1(l);
            const int k = 1 + int(integer(3));
            for (int j = 0; j < k && !pool.isEmpty(); ++j)
                d.languages << pool.takeAt(qsizetype(integer(double(pool.size()))));
        }
        d.reason = text(600);
        {
            std::vector<int> pool;
            for (int k = 1; k <= 17; ++k)
                pool.push_back(k);
            const int k = 1 + int(integer(4));
            for (int j = 0; j < k && !pool.empty(); ++j) {
                const size_t at = size_t(integer(double(pool.size())));
                d.riskFactors.push_back(pool[at]);
                pool.erase(pool.begin() + qsizetype(at));
            }
            std::sort(d.riskFactors.begin(), d.riskFactors.end());
        }
        d.urgency = QString::fromLatin1(kUrgency[integer(std::size(kUrgency))]);
        d.status = QString::fromLatin1(kStatuses[integer(std::size(kStatuses))]);
        const int consents = 1 + int(integer(3));
        for (int j = 0; j < consents; ++j)
            d.consentIds << QStringLiteral("consent-") + code(12, kHex, 16);
    }
    return docs;
}

} // namespace brug::bench
