// The Method of Equal Shares with cost utilities and "add 1" completion (Pabulib's
// "equalshares/add1"), computing the outcome of pabutools' method_of_equal_shares with
// voter_budget_increment=1 without running it again for every currency unit per voter.
//
// One run at per-voter budget b buys, while it can, the project of lowest price per unit of utility
// ("rho") that its supporters can pay, each paying min(what they have, rho × utility). Within a run,
// every amount is an affine function of b as long as the same things happen: the same project is
// bought at each step, each of its supporters either pays their share or all they have, and a
// project found unpayable stays so. A run therefore keeps, beside each voter's money, its slope in b,
// and every decision it makes gives a linear condition on b: up to where the first fails, the run is
// the same for sure ("sameFor"). Where only the conditions that choose between projects would fail
// if the slopes stayed ("changeIn") predicts where the outcome changes.
//
// The completion wants the first budget at which the outcome leaves no room for another voted
// project or costs more than the budget; as long as the outcome stays the same, neither happens. It
// probes from the predicted change onwards, and between a budget with the same outcome and one with
// another it halves until they are one unit apart. This takes the projects seen at both ends of a
// span for those throughout it: amounts change continuously with b, and for an outcome to change and
// change back in between, two prices would have to cross twice. On 100,000 ballots the completion
// rises by tens of thousands of units per voter; this takes a few hundred runs instead.
//
// Prices computed with an old state of the voters' money are lower bounds of the current ones (money
// only goes down during a run), so, as pabutools does, a project is only priced again when its old
// price could be the lowest.

#include "core/voting/tally_internal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace balgul::core::voting::detail {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
/// Prices this close (relative) are equal; pabutools compares exact fractions.
constexpr double kTieTolerance = 1e-10;
/// Relative slack for amounts that decide whether money suffices.
constexpr double kMoneyTolerance = 1e-9;

struct Supporters
{
    const std::int32_t* voter;
    const double* utility;
    std::size_t size;
};

struct Bought
{
    std::size_t project;
    double maxPayment = 0;
    double minPayment = 0;
    std::int64_t payers = 0;
    std::vector<std::size_t> tiedWith;
};

struct RunResult
{
    std::vector<Bought> bought; ///< in the order bought
    std::int64_t cost = 0;
    /// How many more currency units per voter give the same run for sure.
    double sameFor = 0;
    /// Where the outcome would change if every amount kept its slope: the first of the conditions
    /// that choose between projects to fail (beyond `sameFor` a supporter's share of a bought
    /// project may turn into all they have, which changes slopes, not the outcome at once).
    double changeIn = 0;
};

class Run
{
public:
    Run(const Round& round, const Counted& counted, const std::vector<double>& utility)
        : m_round(round), m_counted(counted), m_utility(utility)
    {}

    RunResult operator()(double perVoter);

private:
    Supporters supporters(std::size_t p) const
    {
        const std::size_t begin = m_counted.start[p];
        return {m_counted.voter.data() + begin, m_utility.data() + begin, m_counted.start[p + 1] - begin};
    }

    /// Keeps in `m_sameFor` how far b may grow while f(b) + slope × Δ stays ≥ 0 (> 0 when `strict`);
    /// `scale` is the size of the amounts compared, for the rounding slack. A condition that
    /// `decides` between projects also bounds `m_changeIn`.
    void holdsWhile(double f, double slope, double scale, bool strict, bool decides);

    /// The price of p (and its slope) from the voters' money now; false when its supporters cannot pay.
    bool price(std::size_t p, double& rho, double& slope);

    const Round& m_round;
    const Counted& m_counted;
    const std::vector<double>& m_utility;
    std::vector<double> m_money; ///< each voter's money left
    std::vector<double> m_slope; ///< its derivative in the per-voter budget
    std::vector<char> m_poor;
    double m_perVoter = 0;
    double m_sameFor = kInfinity;
    double m_changeIn = kInfinity;
};

void Run::holdsWhile(double f, double slope, double scale, bool strict, bool decides)
{
    (void)strict; // the slack below makes a strict condition safe as well
    const double slack = kMoneyTolerance * std::max(std::abs(scale), 1e-300);
    const double slopeSlack = slack / std::max(m_perVoter, 1.0);
    if (slope >= -slopeSlack)
        return; // does not fall as b grows (or only by rounding noise)
    const double room = f - slack;
    const double holds = room <= 0 ? 0 : room / -slope;
    m_sameFor = std::min(m_sameFor, holds);
    if (decides)
        m_changeIn = std::min(m_changeIn, holds);
}

bool Run::price(std::size_t p, double& rho, double& slope)
{
    const Supporters s = supporters(p);
    const double cost = static_cast<double>(m_round.projects[p].cost);
    double available = 0, availableSlope = 0, utility = 0;
    for (std::size_t k = 0; k < s.size; ++k) {
        available += m_money[static_cast<std::size_t>(s.voter[k])];
        availableSlope += m_slope[static_cast<std::size_t>(s.voter[k])];
        utility += s.utility[k];
    }
    if (available < cost * (1 - kMoneyTolerance) || utility <= 0) {
        holdsWhile(cost - available, -availableSlope, cost, true, true);
        return false;
    }
    // Poor supporters (less money than their share) pay all they have; the price rises until no
    // other supporter is poor (pabutools' "poor/rich" computation).
    m_poor.assign(s.size, 0);
    double poorMoney = 0, poorSlope = 0, richUtility = utility;
    rho = cost / richUtility;
    for (;;) {
        bool changed = false;
        for (std::size_t k = 0; k < s.size; ++k) {
            if (m_poor[k])
                continue;
            const auto v = static_cast<std::size_t>(s.voter[k]);
            if (m_money[v] < rho * s.utility[k]) {
                m_poor[k] = 1;
                poorMoney += m_money[v];
                poorSlope += m_slope[v];
                richUtility -= s.utility[k];
                changed = true;
            }
        }
        if (!changed)
            break;
        if (richUtility <= utility * 1e-12) {
            // Everyone pays all they have: the money just suffices.
            richUtility = 0;
            for (std::size_t k = 0; k < s.size; ++k)
                if (!m_poor[k])
                    richUtility += s.utility[k];
            if (richUtility <= 0)
                return rho = kInfinity, slope = 0, false;
        }
        rho = (cost - poorMoney) / richUtility;
    }
    slope = -poorSlope / richUtility;
    return true;
}

RunResult Run::operator()(double perVoter)
{
    const std::size_t m = m_round.projects.size();
    m_perVoter = perVoter;
    m_sameFor = kInfinity;
    m_changeIn = kInfinity;
    m_money.assign(static_cast<std::size_t>(m_counted.voters), perVoter);
    m_slope.assign(static_cast<std::size_t>(m_counted.voters), 1.0);

    RunResult result;
    // Projects still in the running, each with a lower bound of its price (value and slope).
    std::vector<std::size_t> alive;
    std::vector<double> bound(m, kInfinity), boundSlope(m, 0);
    for (std::size_t p = 0; p < m; ++p) {
        const Project& project = m_round.projects[p];
        if (m_counted.start[p + 1] == m_counted.start[p])
            continue;
        if (project.cost <= 0) {
            result.bought.push_back({p, 0, 0, 0, {}});
            continue;
        }
        double utility = 0;
        const Supporters s = supporters(p);
        for (std::size_t k = 0; k < s.size; ++k)
            utility += s.utility[k];
        bound[p] = static_cast<double>(project.cost) / utility;
        alive.push_back(p);
    }
    // Equal prices: the lower cost, then the earlier order, then the round's order.
    const auto before = [&](std::size_t a, std::size_t b) {
        const Project& pa = m_round.projects[a];
        const Project& pb = m_round.projects[b];
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        if (pa.order != pb.order)
            return pa.order < pb.order;
        return a < b;
    };
    while (!alive.empty()) {
        std::sort(alive.begin(), alive.end(),
                  [&](std::size_t a, std::size_t b) { return bound[a] < bound[b]; });
        double best = kInfinity, bestSlope = 0;
        std::vector<std::size_t> tied;
        std::vector<std::size_t> gone;
        for (const std::size_t p : alive) {
            if (bound[p] > best * (1 + kTieTolerance))
                break;
            double rho = 0, slope = 0;
            if (!price(p, rho, slope)) {
                gone.push_back(p);
                continue;
            }
            bound[p] = rho;
            boundSlope[p] = slope;
            if (rho < best * (1 - kTieTolerance)) {
                best = rho;
                bestSlope = slope;
                tied.assign(1, p);
            } else if (rho <= best * (1 + kTieTolerance)) {
                tied.push_back(p);
            }
        }
        for (const std::size_t p : gone)
            alive.erase(std::find(alive.begin(), alive.end(), p));
        if (tied.empty())
            break;
        std::sort(tied.begin(), tied.end(), before);
        const std::size_t chosen = tied.front();
        best = bound[chosen];
        bestSlope = boundSlope[chosen];
        // Every other project stays dearer (or equal and behind in the tie order).
        for (const std::size_t p : alive)
            if (p != chosen)
                holdsWhile(bound[p] - best, boundSlope[p] - bestSlope, best, !before(chosen, p), true);
        // The chosen project's supporters pay; each stays on the same side of their share.
        Bought bought{chosen, 0, kInfinity, 0, {}};
        for (std::size_t i = 1; i < tied.size(); ++i)
            bought.tiedWith.push_back(tied[i]);
        const Supporters s = supporters(chosen);
        for (std::size_t k = 0; k < s.size; ++k) {
            const auto v = static_cast<std::size_t>(s.voter[k]);
            const double share = best * s.utility[k];
            const double shareSlope = bestSlope * s.utility[k];
            const double scale = std::max(m_money[v], share);
            double paid;
            if (m_money[v] < share) {
                holdsWhile(share - m_money[v], shareSlope - m_slope[v], scale, false, false);
                paid = m_money[v];
                m_money[v] = 0;
                m_slope[v] = 0;
            } else {
                holdsWhile(m_money[v] - share, m_slope[v] - shareSlope, scale, false, false);
                paid = share;
                m_money[v] = std::max(0.0, m_money[v] - share);
                m_slope[v] -= shareSlope;
            }
            if (paid > 0) {
                ++bought.payers;
                bought.maxPayment = std::max(bought.maxPayment, paid);
                bought.minPayment = std::min(bought.minPayment, paid);
            }
        }
        if (bought.payers == 0)
            bought.minPayment = 0;
        result.bought.push_back(std::move(bought));
        result.cost += m_round.projects[chosen].cost;
        alive.erase(std::find(alive.begin(), alive.end(), chosen));
    }
    result.sameFor = m_sameFor;
    result.changeIn = m_changeIn;
    return result;
}

} // namespace

void equalShares(const Round& round, const Counted& counted, Tally& out)
{
    const std::size_t m = round.projects.size();
    const bool cumulative = round.ballot.type == BallotType::Cumulative;
    // Cost utilities: a supporter values a project at its cost (times the points given).
    std::vector<double> utility(counted.voter.size());
    for (std::size_t p = 0; p < m; ++p)
        for (std::size_t k = counted.start[p]; k < counted.start[p + 1]; ++k)
            utility[k] = static_cast<double>(round.projects[p].cost) *
                         (cumulative ? static_cast<double>(counted.points[k]) : 1.0);

    // The projects the completion must not leave room for: voted for, with a cost.
    const auto exhaustive = [&](const RunResult& r) {
        std::vector<char> in(m, 0);
        for (const Bought& b : r.bought)
            in[b.project] = 1;
        for (std::size_t p = 0; p < m; ++p)
            if (!in[p] && round.projects[p].cost > 0 && counted.start[p + 1] > counted.start[p] &&
                r.cost + round.projects[p].cost <= round.budget)
                return false;
        return true;
    };

    RunResult final;
    double perVoter = 0;
    std::vector<char> first(m, 0);
    if (counted.voters > 0 && round.budget >= 0) {
        Run run(round, counted, utility);
        const double start = static_cast<double>(round.budget) / static_cast<double>(counted.voters);
        const auto at = [&](double step) { return run(start + step); };
        // The stopping rule asks only which projects an outcome holds, not in what order.
        const auto sameOutcome = [m](const RunResult& a, const RunResult& b) {
            if (a.cost != b.cost || a.bought.size() != b.bought.size())
                return false;
            std::vector<char> in(m, 0);
            for (const Bought& x : a.bought)
                in[x.project] = 1;
            return std::all_of(b.bought.begin(), b.bought.end(),
                               [&](const Bought& y) { return in[y.project] != 0; });
        };
        const auto whole = [](double units) { return std::floor(std::min(units, 1e15)); };
        double step = 0;
        RunResult current = at(0);
        for (const Bought& b : current.bought)
            first[b.project] = 1;
        for (;;) {
            if (exhaustive(current)) {
                final = std::move(current);
                perVoter = start + step;
                break;
            }
            // The outcome is `current`'s (neither exhaustive nor over the budget) up to `same`; find the
            // first step with another, starting where the deciding conditions predict it.
            double same = step + whole(current.sameFor);
            double guess = std::max(same, step + whole(current.changeIn)) + 1;
            RunResult next;
            double nextStep = 0;
            for (;;) {
                RunResult probe = at(guess);
                if (sameOutcome(probe, current)) {
                    same = guess + whole(probe.sameFor);
                    const double predicted = guess + whole(probe.changeIn) + 1;
                    guess = std::max({same + 1, predicted, guess + 2 * (guess - step)});
                    continue;
                }
                next = std::move(probe);
                nextStep = guess;
                break;
            }
            // Between `same` (this outcome) and `nextStep` (another): halve until they meet.
            while (nextStep - same > 1) {
                const double middle = std::floor((same + nextStep) / 2);
                RunResult probe = at(middle);
                if (sameOutcome(probe, current)) {
                    same = std::max(middle + whole(probe.sameFor), middle);
                    if (same >= nextStep)
                        same = nextStep - 1;
                } else {
                    next = std::move(probe);
                    nextStep = middle;
                }
            }
            if (next.cost > round.budget) {
                // The last budget that fitted; its payments are computed again when it was skipped.
                perVoter = start + nextStep - 1;
                final = nextStep - 1 == step ? std::move(current) : at(nextStep - 1);
                break;
            }
            current = std::move(next);
            step = nextStep;
        }
    }
    out.perVoterBudget = perVoter;

    std::vector<char> selected(m, 0);
    int rank = 0;
    for (const Bought& b : final.bought) {
        selected[b.project] = 1;
        ProjectResult& r = out.projects[b.project];
        r.selected = true;
        r.rank = ++rank;
        r.reason.kind = Reason::Kind::SelectedShares;
        r.reason.maxPayment = b.maxPayment;
        r.reason.minPayment = b.minPayment;
        r.reason.payers = b.payers;
        r.reason.byCompletion = !first[b.project];
        for (const std::size_t t : b.tiedWith)
            r.reason.tiedWith.push_back(round.projects[t].id);
        out.selected.push_back(r.projectId);
        out.cost += r.cost;
    }
    // The others by score, as a reader looks for them.
    std::vector<std::size_t> rest;
    for (std::size_t p = 0; p < m; ++p)
        if (!selected[p])
            rest.push_back(p);
    std::stable_sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
        return out.projects[a].score > out.projects[b].score;
    });
    for (const std::size_t p : rest) {
        ProjectResult& r = out.projects[p];
        r.rank = ++rank;
        if (r.cost > round.budget) {
            r.reason.kind = Reason::Kind::OverBudget;
            r.reason.left = round.budget;
        } else if (r.score <= 0) {
            r.reason.kind = Reason::Kind::NoVotes;
        } else {
            r.reason.kind = Reason::Kind::NotAffordable;
        }
    }
}

} // namespace balgul::core::voting::detail
