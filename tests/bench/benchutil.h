#pragma once

// Small helpers shared by the benchmarks: clocks, percentiles, /proc readings, tables, JSON out.
// Benchmarks are not tests: they print numbers and write JSON (scripts/bench runs them).

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <thread>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace brug::bench {

inline double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// Percentile by nearest rank on a copy (p in 0..100).
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

inline double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}

/// A field of /proc/PID/status in bytes (VmRSS, VmHWM, ...); 0 when unknown.
inline qint64 procStatusBytes(qint64 pid, const char *field)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong() * 1024;
    return 0;
}

/// Resets VmHWM of this process to its current RSS (Linux >= 4.0); false when not allowed.
inline bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

/// user + system CPU time of a process (or of one thread: /proc/PID/task/TID) in ms.
inline double procCpuMs(qint64 pid, qint64 tid = 0)
{
    const QString path = tid ? QStringLiteral("/proc/%1/task/%2/stat").arg(pid).arg(tid)
                             : QStringLiteral("/proc/%1/stat").arg(pid);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const qsizetype close = s.lastIndexOf(')');
    const QList<QByteArray> parts = s.mid(close + 2).split(' ');
    // after "pid (comm) ": state(0) ... utime is field 14 overall -> index 11 here, stime 12
    if (parts.size() < 13)
        return 0;
    const double tick = double(sysconf(_SC_CLK_TCK));
    return (parts[11].toDouble() + parts[12].toDouble()) * 1000.0 / tick;
}

inline double selfCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

/// Samples the RSS of some processes every `intervalMs` on its own thread, keeping the peaks.
/// Reads /proc/PID/statm with pread() on a descriptor kept open, so the sampling itself costs
/// a few microseconds (it runs in the measured process).
class RssSampler
{
public:
    explicit RssSampler(int intervalMs = 20) : m_interval(intervalMs)
    {
        m_thread = std::thread([this] {
            while (!m_stop) {
                sampleOnce();
                std::this_thread::sleep_for(std::chrono::milliseconds(m_interval));
            }
        });
    }
    ~RssSampler()
    {
        m_stop = true;
        m_thread.join();
        for (auto &fd : m_fds)
            if (fd >= 0)
                ::close(fd);
    }
    /// pid 0 = this process. Up to 4 slots; call before measuring.
    void watch(int slot, qint64 pid)
    {
        const QByteArray path = pid ? QByteArray("/proc/") + QByteArray::number(pid) + "/statm" : QByteArray("/proc/self/statm");
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        m_peak[slot] = 0;
        m_fds[slot] = fd;
    }
    void reset()
    {
        for (int i = 0; i < 4; ++i)
            m_peak[i] = rss(i);
    }
    qint64 peak(int slot)
    {
        sampleOnce();
        return m_peak[slot];
    }
    qint64 rss(int slot) const
    {
        const int fd = m_fds[slot];
        if (fd < 0)
            return 0;
        char buf[128];
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        if (n <= 0)
            return 0;
        buf[n] = 0;
        const char *space = strchr(buf, ' ');
        return space ? qint64(strtoll(space + 1, nullptr, 10)) * qint64(sysconf(_SC_PAGESIZE)) : 0;
    }

private:
    void sampleOnce()
    {
        for (int i = 0; i < 4; ++i) {
            if (m_fds[i] < 0)
                continue;
            const qint64 r = rss(i);
            qint64 cur = m_peak[i];
            while (r > cur && !m_peak[i].compare_exchange_weak(cur, r)) {
            }
        }
    }
    int m_interval;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_fds[4]{-1, -1, -1, -1};
    std::atomic<qint64> m_peak[4]{0, 0, 0, 0};
    std::thread m_thread;
};

inline QString fmtInt(double x)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(x)));
}

inline QString fmt(double x, int decimals = 1)
{
    return QLocale(QLocale::English).toString(x, 'f', decimals);
}

/// A markdown table: first `leftCols` columns left-aligned, the rest right-aligned.
inline QString table(const QStringList &head, const std::vector<QStringList> &rows, int leftCols = 2)
{
    std::vector<qsizetype> w(size_t(head.size()));
    for (qsizetype i = 0; i < head.size(); ++i)
        w[size_t(i)] = head[i].size();
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size() && i < head.size(); ++i)
            w[size_t(i)] = std::max(w[size_t(i)], r[i].size());
    auto line = [&](const QStringList &cells) {
        QString s = QStringLiteral("|");
        for (qsizetype i = 0; i < head.size(); ++i) {
            const QString c = i < cells.size() ? cells[i] : QString();
            s += QLatin1Char(' ') + (i < leftCols ? c.leftJustified(w[size_t(i)]) : c.rightJustified(w[size_t(i)])) +
                 QStringLiteral(" |");
        }
        return s;
    };
    QString out = line(head) + QLatin1Char('\n') + QLatin1Char('|');
    for (qsizetype i = 0; i < head.size(); ++i)
        out += (i < leftCols ? QStringLiteral(":") + QString(w[size_t(i)] + 1, u'-')
                             : QString(w[size_t(i)] + 1, u'-') + QStringLiteral(":")) +
               QLatin1Char('|');
    out += QLatin1Char('\n');
    for (const QStringList &r : rows)
        out += line(r) + QLatin1Char('\n');
    return out;
}

inline QJsonObject hostInfo()
{
    QJsonObject h;
    h.insert(u"kernel", QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    h.insert(u"os", QSysInfo::prettyProductName());
    h.insert(u"cpus", int(std::thread::hardware_concurrency()));
    QFile cpu(QStringLiteral("/proc/cpuinfo"));
    if (cpu.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpu.readAll().split('\n'))
            if (line.startsWith("model name")) {
                h.insert(u"cpu_model", QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed()));
                break;
            }
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        h.insert(u"loadavg_at_start", QString::fromUtf8(load.readAll().trimmed()));
    h.insert(u"qt", QString::fromLatin1(qVersion()));
    return h;
}

inline QString loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    return load.open(QIODevice::ReadOnly) ? QString::fromUtf8(load.readAll().trimmed()) : QString();
}

/// Writes `doc` to DIR/NAME-<UTC date>.json atomically; returns the path.
inline QString writeResults(const QString &dir, const QString &name, const QJsonObject &doc)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(
        QStringLiteral("%1-%2.json").arg(name, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"))));
    QFile f(path + QStringLiteral(".tmp"));
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    f.close();
    QFile::remove(path);
    QFile::rename(path + QStringLiteral(".tmp"), path);
    return path;
}

/// Profiling one phase of a benchmark (a sync scenario's letter, a fleet round "round2"): with
/// BRUG_BENCH_PERF_SCENARIO=PHASE and BRUG_BENCH_PERF_CTL=CTL,
///   mkfifo CTL; exec 7<>CTL; perf record -D -1 --control=fifo:CTL -g -- BENCH ...
/// records that phase alone (the shell holds the fifo open, or perf waits for a writer).
inline void perfControl(const QString &phase, const char *command)
{
    static const QString wanted = qEnvironmentVariable("BRUG_BENCH_PERF_SCENARIO");
    if (wanted != phase)
        return;
    QFile ctl(qEnvironmentVariable("BRUG_BENCH_PERF_CTL"));
    if (!ctl.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    ctl.write(QByteArray(command) + '\n');
    QThread::msleep(100); // perf reads its fifo in its own loop
}

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// Distribution summary as JSON: n, p50, p95, p99, max, mean (ms).
inline QJsonObject summary(const std::vector<double> &v)
{
    return {{QStringLiteral("n"), double(v.size())},
            {QStringLiteral("p50_ms"), percentile(v, 50)},
            {QStringLiteral("p95_ms"), percentile(v, 95)},
            {QStringLiteral("p99_ms"), percentile(v, 99)},
            {QStringLiteral("max_ms"), v.empty() ? 0.0 : *std::max_element(v.begin(), v.end())},
            {QStringLiteral("mean_ms"), mean(v)}};
}

} // namespace brug::bench
