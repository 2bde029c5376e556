#include "core/voting/tally.h"

#include "core/voting/ballot_rules.h"
#include "core/voting/tally_internal.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace balgul::core::voting {

namespace detail {

Counted countBallots(const Round& round, const std::vector<Ballot>& ballots, bool supporters)
{
    const std::size_t m = round.projects.size();
    std::unordered_map<std::string_view, std::int32_t> index;
    index.reserve(m * 2);
    for (std::size_t p = 0; p < m; ++p)
        index.emplace(round.projects[p].id, static_cast<std::int32_t>(p));
    const bool cumulative = round.ballot.type == BallotType::Cumulative;

    Counted counted;
    counted.voters = static_cast<std::int64_t>(ballots.size());
    counted.score.assign(m, 0);
    // Each ballot as (project, points) pairs first; the supporter lists are sorted out after.
    std::vector<std::int64_t> lastBallot(m, -1);
    std::vector<std::pair<std::int32_t, std::int32_t>> pairs; // (project, points), voter by `owner`
    std::vector<std::int32_t> owner;
    std::vector<std::size_t> supporterCount(m, 0);
    for (std::size_t b = 0; b < ballots.size(); ++b) {
        for (const Choice& choice : ballots[b].choices) {
            const auto it = index.find(choice.projectId);
            if (it == index.end() || choice.points <= 0)
                continue;
            const auto p = static_cast<std::size_t>(it->second);
            if (lastBallot[p] == static_cast<std::int64_t>(b))
                continue; // a repeated choice counts once
            lastBallot[p] = static_cast<std::int64_t>(b);
            const std::int32_t points = cumulative ? choice.points : 1;
            counted.score[p] += points;
            if (supporters) {
                pairs.emplace_back(it->second, points);
                owner.push_back(static_cast<std::int32_t>(b));
                ++supporterCount[p];
            }
        }
    }
    if (!supporters)
        return counted;
    counted.start.assign(m + 1, 0);
    for (std::size_t p = 0; p < m; ++p)
        counted.start[p + 1] = counted.start[p] + supporterCount[p];
    counted.voter.resize(pairs.size());
    counted.points.resize(pairs.size());
    std::vector<std::size_t> next(counted.start.begin(), counted.start.end() - 1);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const auto p = static_cast<std::size_t>(pairs[i].first);
        const std::size_t at = next[p]++;
        counted.voter[at] = owner[i];
        counted.points[at] = pairs[i].second;
    }
    return counted;
}

} // namespace detail

namespace {

/// Greedy order: score, highest first; then lower cost, then earlier order.
std::vector<std::size_t> greedyOrder(const Round& round, const std::vector<std::int64_t>& score)
{
    std::vector<std::size_t> order(round.projects.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (score[a] != score[b])
            return score[a] > score[b];
        const Project& pa = round.projects[a];
        const Project& pb = round.projects[b];
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        return pa.order < pb.order;
    });
    return order;
}

void greedy(const Round& round, Tally& out)
{
    const bool noSkip = round.rule == Rule::GreedyNoSkip;
    const bool threshold = round.rule == Rule::GreedyThreshold;
    std::vector<std::int64_t> score;
    score.reserve(out.projects.size());
    for (const ProjectResult& r : out.projects)
        score.push_back(r.score);
    const auto order = greedyOrder(round, score);
    std::int64_t left = round.budget;
    bool stopped = false;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const std::size_t p = order[rank];
        ProjectResult& result = out.projects[p];
        Reason& reason = result.reason;
        result.rank = static_cast<int>(rank + 1);
        // The projects of equal score this one was ordered against.
        for (std::size_t q = rank; q-- > 0 && score[order[q]] == score[p];)
            reason.tiedWith.insert(reason.tiedWith.begin(), round.projects[order[q]].id);
        for (std::size_t q = rank + 1; q < order.size() && score[order[q]] == score[p]; ++q)
            reason.tiedWith.push_back(round.projects[order[q]].id);
        if (result.cost > round.budget) {
            reason.kind = Reason::Kind::OverBudget;
            reason.left = round.budget;
        } else if (result.score <= 0) {
            reason.kind = Reason::Kind::NoVotes;
        } else if (threshold && result.score < round.minScore) {
            reason.kind = Reason::Kind::BelowThreshold;
            reason.threshold = round.minScore;
        } else if (stopped) {
            reason.kind = Reason::Kind::StoppedBefore;
        } else if (result.cost <= left) {
            left -= result.cost;
            result.selected = true;
            reason.kind = Reason::Kind::Selected;
            reason.left = left;
            out.selected.push_back(result.projectId);
            out.cost += result.cost;
        } else {
            reason.kind = noSkip ? Reason::Kind::StoppedHere : Reason::Kind::Skipped;
            reason.left = left;
            stopped = noSkip;
        }
    }
}

std::string money(std::string_view symbol, std::int64_t amount)
{
    std::string out(symbol);
    out += formatMoney(amount);
    return out;
}

std::string money(std::string_view symbol, double amount)
{
    return money(symbol, std::isfinite(amount) ? static_cast<std::int64_t>(std::llround(amount)) : 0);
}

} // namespace

std::vector<std::int64_t> scores(const Round& round, const std::vector<Ballot>& ballots)
{
    return detail::countBallots(round, ballots, false).score;
}

Tally tally(const Round& round, const std::vector<Ballot>& ballots)
{
    const bool shares = round.rule == Rule::EqualShares;
    const detail::Counted counted = detail::countBallots(round, ballots, shares);
    Tally out;
    out.rule = round.rule;
    out.budget = round.budget;
    out.voters = counted.voters;
    out.projects.resize(round.projects.size());
    for (std::size_t p = 0; p < round.projects.size(); ++p) {
        ProjectResult& r = out.projects[p];
        r.projectId = round.projects[p].id;
        r.cost = round.projects[p].cost;
        r.score = counted.score[p];
        r.reason.cost = r.cost;
        r.reason.score = r.score;
    }
    if (shares)
        detail::equalShares(round, counted, out);
    else
        greedy(round, out);
    return out;
}

std::string describe(const Reason& reason, std::string_view currencySymbol)
{
    using Kind = Reason::Kind;
    const auto& s = currencySymbol;
    std::string out;
    switch (reason.kind) {
    case Kind::Selected:
        out = "selected: costs " + money(s, reason.cost) + ", " + money(s, reason.left) + " left after it";
        break;
    case Kind::Skipped:
        out = "skipped: " + money(s, reason.left) + " left, costs " + money(s, reason.cost);
        break;
    case Kind::StoppedBefore:
        out = "not considered: selection stopped at an earlier project that did not fit";
        break;
    case Kind::StoppedHere:
        out = "selection stopped here: " + money(s, reason.left) + " left, costs " + money(s, reason.cost);
        break;
    case Kind::BelowThreshold:
        out = "below the threshold: score " + std::to_string(reason.score) + ", at least " +
              std::to_string(reason.threshold) + " needed";
        break;
    case Kind::SelectedShares:
        if (reason.payers == 0) {
            out = "selected: costs nothing";
        } else {
            out = "selected: " + formatMoney(reason.payers) +
                  (reason.payers == 1 ? " supporter paid " : " supporters paid ");
            if (std::llround(reason.minPayment) == std::llround(reason.maxPayment))
                out += money(s, reason.maxPayment) + (reason.payers == 1 ? "" : " each");
            else
                out += money(s, reason.minPayment) + " to " + money(s, reason.maxPayment) + " each";
        }
        if (reason.byCompletion)
            out += " (chosen when the per-voter budget was raised)";
        break;
    case Kind::NotAffordable:
        out = "not selected: its supporters had too little money left to pay " + money(s, reason.cost);
        break;
    case Kind::OverBudget:
        out =
            "over budget: costs " + money(s, reason.cost) + ", the whole budget is " + money(s, reason.left);
        break;
    case Kind::NoVotes:
        out = "not selected: nobody voted for it";
        break;
    }
    if (!reason.tiedWith.empty() && reason.kind != Kind::NoVotes) {
        out += "; tied with ";
        for (std::size_t i = 0; i < reason.tiedWith.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += reason.tiedWith[i];
        }
        out += " (lower cost first, then earlier submission)";
    }
    return out;
}

std::vector<RuleDifference> compareRules(const Round& round, const std::vector<Ballot>& ballots)
{
    const Tally own = tally(round, ballots);
    const std::unordered_set<std::string> ownSet(own.selected.begin(), own.selected.end());
    std::vector<RuleDifference> out;
    for (const Rule rule : {Rule::Greedy, Rule::GreedyNoSkip, Rule::GreedyThreshold, Rule::EqualShares}) {
        // Without a minimum score, greedy-threshold is greedy: not a rule of its own to compare with.
        if (rule == round.rule || (rule == Rule::GreedyThreshold && round.minScore <= 0))
            continue;
        Round other = round;
        other.rule = rule;
        const Tally t = tally(other, ballots);
        RuleDifference d;
        d.rule = rule;
        d.selected = t.selected;
        d.cost = t.cost;
        const std::unordered_set<std::string> otherSet(t.selected.begin(), t.selected.end());
        for (const std::string& id : t.selected)
            if (!ownSet.count(id))
                d.gained.push_back(id);
        for (const std::string& id : own.selected)
            if (!otherSet.count(id))
                d.lost.push_back(id);
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace balgul::core::voting
