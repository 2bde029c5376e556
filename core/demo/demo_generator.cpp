#include "core/demo/demo_generator.h"

#include "core/demo/demo_data.h"
#include "core/domain/category.h"
#include "core/store/store.h"

#include <array>
#include <cmath>
#include <numbers>
#include <random>

namespace balgul::core {

namespace {

using namespace std::chrono;

/// Own distributions over mt19937_64: std:: distributions differ between standard libraries.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n); n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box–Muller, one value per call).
    double gaussian()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    template <typename T> const T& pick(std::span<const T> items) { return items[below(items.size())]; }
    template <std::size_t N> std::size_t weighted(const std::array<std::uint8_t, N>& weights)
    {
        unsigned total = 0;
        for (auto w : weights)
            total += w;
        std::size_t r = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 m_engine;
};

constexpr char kHex[] = "0123456789abcdef";

std::string uuidFrom(Rng& rng)
{
    std::uint64_t hi = rng.next();
    std::uint64_t lo = rng.next();
    hi = (hi & ~0xF000ULL) | 0x4000ULL;                        // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    std::string out(36, '-');
    std::size_t pos = 0;
    auto put = [&](std::uint64_t v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                ++pos;
            out[pos++] = kHex[(v >> (4 * i)) & 0xF];
        }
    };
    put(hi, 16);
    put(lo, 16);
    return out;
}

void appendNumber(std::string& out, unsigned value)
{
    char buf[12];
    int len = 0;
    do {
        buf[len++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (len > 0)
        out += buf[--len];
}

struct Fill
{
    std::string_view place;
    std::string_view time;
    unsigned number;
};

/// Appends `tpl` with {p}, {t} and {n} replaced.
void expand(std::string& out, std::string_view tpl, const Fill& fill)
{
    std::size_t i = 0;
    while (i < tpl.size()) {
        const std::size_t brace = tpl.find('{', i);
        if (brace == std::string_view::npos || brace + 2 >= tpl.size() || tpl[brace + 2] != '}') {
            out.append(tpl.substr(i));
            return;
        }
        out.append(tpl.substr(i, brace - i));
        switch (tpl[brace + 1]) {
        case 'p':
            out.append(fill.place);
            break;
        case 't':
            out.append(fill.time);
            break;
        case 'n':
            appendNumber(out, fill.number);
            break;
        default:
            out.append(tpl.substr(brace, 3));
        }
        i = brace + 3;
    }
}

std::size_t nearestHotspot(double lat, double lon)
{
    const auto spots = demo::hotspots();
    std::size_t best = 0;
    double bestD = 1e300;
    for (std::size_t i = 0; i < spots.size(); ++i) {
        const double dLat = spots[i].lat - lat;
        const double dLon = (spots[i].lon - lon) * 0.8; // cos(36°)
        const double d = dLat * dLat + dLon * dLon;
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

ProblemStatus pickStatus(Rng& rng)
{
    static constexpr std::array<std::uint8_t, kProblemStatusCount> kWeights{50, 28, 10, 8, 4, 0};
    return static_cast<ProblemStatus>(rng.weighted(kWeights));
}

class Generator
{
public:
    Generator(std::uint64_t seed, Timestamp reference) : m_rng(seed), m_reference(reference)
    {
        for (const auto& h : demo::hotspots())
            m_hotspotWeights += h.weight;
    }

    Problem next()
    {
        Problem p;
        p.id = uuidFrom(m_rng);
        const auto spots = demo::hotspots();
        const demo::Hotspot* spot = nullptr;
        std::size_t categoryIndex = 0;
        if (m_rng.chance(0.12)) {
            p.lat = kDemoSouth + m_rng.uniform() * (kDemoNorth - kDemoSouth);
            p.lon = kDemoWest + m_rng.uniform() * (kDemoEast - kDemoWest);
            spot = &spots[nearestHotspot(p.lat, p.lon)];
            categoryIndex = m_rng.weighted(demo::backgroundCategoryWeights());
        } else {
            spot = &spots[pickHotspot()];
            constexpr double kMetersPerDegLat = 111320.0;
            const double metersPerDegLon = kMetersPerDegLat * std::cos(spot->lat * std::numbers::pi / 180.0);
            // Redraw the rare points that a wide spread pushes out of the city.
            do {
                p.lat = spot->lat + m_rng.gaussian() * spot->sigmaMeters / kMetersPerDegLat;
                p.lon = spot->lon + m_rng.gaussian() * spot->sigmaMeters / metersPerDegLon;
            } while (p.lat < kDemoSouth || p.lat > kDemoNorth || p.lon < kDemoWest || p.lon > kDemoEast);
            categoryIndex = m_rng.weighted(spot->categoryWeights);
        }
        p.category = std::string(defaultCategories()[categoryIndex].code);

        const bool korean = m_rng.chance(0.8);
        const auto& texts = demo::categoryTexts(categoryIndex);
        const demo::Landmark& landmark = m_rng.pick(spot->landmarks);
        Fill fill{korean ? landmark.ko : landmark.en,
                  korean ? m_rng.pick(demo::timePhrasesKo()) : m_rng.pick(demo::timePhrasesEn()),
                  static_cast<unsigned>(2 + m_rng.below(12))};
        const demo::TextPair& text = m_rng.pick(korean ? texts.korean : texts.english);
        p.title.reserve(64);
        expand(p.title, text.title, fill);
        p.description.reserve(224);
        expand(p.description, text.description, fill);
        p.description.append(m_rng.pick(korean ? demo::closersKo() : demo::closersEn()));

        p.address.reserve(48);
        p.address.append("대전 ").append(spot->gu).append(" ");
        if (m_rng.chance(0.6)) {
            p.address.append(spot->dong).append(" ");
            appendNumber(p.address, static_cast<unsigned>(1 + m_rng.below(1500)));
            if (m_rng.chance(0.7)) {
                p.address += '-';
                appendNumber(p.address, static_cast<unsigned>(1 + m_rng.below(40)));
            }
        } else {
            p.address.append(spot->roads[m_rng.below(2)]).append(" ");
            appendNumber(p.address, static_cast<unsigned>(1 + m_rng.below(600)));
        }

        p.author = std::string(m_rng.pick(demo::nicknames()));
        if (m_rng.chance(0.4))
            appendNumber(p.author, static_cast<unsigned>(1 + m_rng.below(99)));

        p.status = pickStatus(m_rng);
        p.created = pickCreated();
        const Timestamp reference = m_reference;
        if (m_rng.chance(0.5)) {
            p.updated = p.created;
        } else {
            const auto room =
                std::min<std::int64_t>((reference - p.created).count(), 30LL * 24 * 3600 * 1000);
            p.updated = p.created +
                        milliseconds(static_cast<std::int64_t>(m_rng.uniform() * static_cast<double>(room)));
        }
        return p;
    }

private:
    std::size_t pickHotspot()
    {
        const auto spots = demo::hotspots();
        std::size_t r = m_rng.below(m_hotspotWeights);
        for (std::size_t i = 0; i < spots.size(); ++i) {
            if (r < spots[i].weight)
                return i;
            r -= spots[i].weight;
        }
        return spots.size() - 1;
    }

    /// A day in the span, at a time of day when people are out (Korean time, UTC+9).
    Timestamp pickCreated()
    {
        static constexpr std::array<std::uint8_t, 24> kHourWeights{1, 1, 1, 1, 1, 2, 4,  8,  10, 9, 8, 8,
                                                                   9, 8, 8, 8, 8, 9, 10, 10, 9,  7, 5, 2};
        const auto day = static_cast<int>(m_rng.below(kDemoSpanDays - 1)) + 1; // 1 … span-1 days back
        const auto hourKst = static_cast<int>(m_rng.weighted(kHourWeights));
        const auto ms = static_cast<std::int64_t>(m_rng.below(3600 * 1000));
        // Midnight KST of the reference day is 15:00 UTC the day before.
        const Timestamp midnightKst = m_reference - hours(9);
        return midnightKst - days(day) + hours(hourKst) + milliseconds(ms);
    }

    Rng m_rng;
    Timestamp m_reference;
    std::size_t m_hotspotWeights = 0;
};

} // namespace

Timestamp demoReferenceTime()
{
    return Timestamp(sys_days(year(2025) / September / 1));
}

Timestamp demoReferenceFor(Timestamp time)
{
    return Timestamp(floor<days>(time));
}

std::vector<Problem> generateDemoProblems(std::size_t count, std::uint64_t seed, Timestamp reference)
{
    std::vector<Problem> out;
    out.reserve(count);
    Generator generator(seed, reference);
    for (std::size_t i = 0; i < count; ++i)
        out.push_back(generator.next());
    return out;
}

Status seedDemoStore(Store& store, std::size_t count, std::uint64_t seed, Timestamp reference)
{
    auto problems = generateDemoProblems(count, seed, reference);
    if (auto s = store.insertProblems(problems, /*queueOps=*/false); !s)
        return s;
    if (problems.empty())
        return {};

    // A few hundred comments and supports by other residents, spread evenly over the new
    // problems. Written directly, like the problems: demo data is local and never queued for the
    // hub, and it is not the user's own words.
    Rng rng(seed ^ 0x9E3779B97F4A7C15ULL);
    const std::size_t commented = std::min<std::size_t>(problems.size() / 8 + 1, 150);
    const std::size_t stride = problems.size() / commented;
    try {
        Database& db = store.database();
        Transaction tx(db);
        auto comment =
            db.prepare("INSERT INTO comments (id, problem_id, author, text, created) VALUES (?,?,?,?,?)");
        auto support =
            db.prepare("INSERT OR IGNORE INTO supports (problem_id, user, created) VALUES (?,?,?)");
        for (std::size_t k = 0; k < commented; ++k) {
            const Problem& p = problems[k * stride];
            const std::int64_t base = toUnixMs(p.created);
            const std::size_t n = 1 + rng.below(3);
            for (std::size_t c = 0; c < n; ++c) {
                comment.reset();
                comment.bind(1, uuidFrom(rng)).bind(2, p.id).bind(3, rng.pick(demo::nicknames()));
                comment.bind(4, rng.pick(demo::commentsKo()));
                comment.bind(5, base + static_cast<std::int64_t>(c + 1) * 3'600'000);
                comment.run();
            }
            const std::size_t supporters = rng.below(4);
            for (std::size_t u = 0; u < supporters; ++u) {
                support.reset();
                support.bind(1, p.id).bind(2, rng.pick(demo::nicknames())).bind(3, base + 60'000);
                support.run();
            }
        }
        tx.commit();
    } catch (const SqlError& e) {
        return Error::make("store_failed", "demo comments could not be written: " + e.message)
            .at(store.path());
    }
    return {};
}

} // namespace balgul::core
