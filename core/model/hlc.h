#pragma once

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace brug {

/// One hybrid-logical-clock stamp: wall time, counter, writer node (docs/sync-protocol.md §5).
struct Hlc
{
    qint64 wall = 0;     ///< milliseconds since 1970 UTC
    quint32 counter = 0; ///< 0..0xffff
    QString node;        ///< 16 lower-case hex digits

    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<Hlc> parse(QStringView text);
    [[nodiscard]] static bool isValid(QStringView text);
    [[nodiscard]] static bool isValidNode(QStringView node);
    /// Whether two valid stamps were issued by the same node.
    [[nodiscard]] static bool sameNode(QStringView a, QStringView b);
    /// The stamp most of these are (ties: the later one, so the answer does not depend on the
    /// order): the one a record change or a row's stamps write once for all its fields.
    [[nodiscard]] static QString mostCommon(const QList<QString> &stamps);

    friend bool operator==(const Hlc &, const Hlc &) = default;
};

/// Issues stamps for one node and folds in the stamps it sees, so later local writes win.
class HlcClock
{
public:
    using WallSource = qint64 (*)();

    explicit HlcClock(QString node, WallSource wall = nullptr);

    [[nodiscard]] Hlc next();
    void observe(const Hlc &remote);
    void observeWall(qint64 remoteWallMs);
    [[nodiscard]] const Hlc &last() const { return m_last; }
    void restore(const Hlc &last);
    [[nodiscard]] const QString &node() const { return m_last.node; }
    /// Stamps are issued from the wall clock minus `ms`: the device's clock is that far ahead of
    /// the server's (docs/sync-protocol.md §5).
    void setCorrection(qint64 ms) { m_correction = ms; }
    [[nodiscard]] qint64 correction() const { return m_correction; }

private:
    qint64 now() const;
    Hlc m_last;
    WallSource m_wall = nullptr;
    qint64 m_correction = 0;
};

} // namespace brug
