// `balgul-cli tally FILE.pb`: a participatory budgeting election in Pabulib's format counted under its
// own rule or another (core/voting/tally.h), each project with the reason it was or was not chosen.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/util/json_writer.h"
#include "core/voting/ballot_rules.h"
#include "core/voting/pabulib.h"
#include "core/voting/tally.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace balgul::cli {

namespace {

namespace voting = core::voting;

int failedFile(const voting::PabulibError& e)
{
    core::Error error = core::Error::make("invalid_file", e.detail(), e.field());
    error.at(e.file(), e.line());
    return failed(error);
}

std::string tallyJson(const voting::PabulibFile& file, const voting::Tally& t)
{
    const std::string symbol = voting::currencySymbol(file.currency);
    std::string selected = "[";
    for (std::size_t i = 0; i < t.selected.size(); ++i) {
        if (i > 0)
            selected += ',';
        core::appendJsonString(selected, t.selected[i]);
    }
    selected += ']';
    std::string projects = "[";
    for (std::size_t i = 0; i < t.projects.size(); ++i) {
        const voting::ProjectResult& r = t.projects[i];
        if (i > 0)
            projects += ',';
        core::JsonObjectWriter p;
        p.add("project_id", r.projectId)
            .add("score", r.score)
            .add("cost", r.cost)
            .add("selected", r.selected)
            .add("reason", voting::describe(r.reason, symbol));
        projects += p.str();
    }
    projects += ']';
    core::JsonObjectWriter out;
    out.add("rule", voting::ruleName(t.rule))
        .add("vote_type", voting::ballotTypeName(file.round.ballot.type))
        .add("budget", t.budget)
        .add("voters", t.voters)
        .addRaw("selected", selected)
        .add("cost", t.cost)
        .addRaw("projects", projects);
    return out.str();
}

void printText(const voting::PabulibFile& file, const voting::Tally& t)
{
    const std::string symbol = voting::currencySymbol(file.currency);
    std::cout << "rule:      " << voting::ruleName(t.rule)
              << "\nballots:   " << voting::ballotTypeName(file.round.ballot.type) << ", "
              << voting::formatMoney(t.voters) << " voters\nbudget:    " << symbol
              << voting::formatMoney(t.budget) << "\nselected:  " << t.selected.size() << " projects costing "
              << symbol << voting::formatMoney(t.cost) << "\n";
    if (t.rule == voting::Rule::EqualShares)
        std::printf("per voter: %s%.2f at the end\n", symbol.c_str(), t.perVoterBudget);
    std::cout << '\n';
    std::size_t idWidth = 10;
    for (const auto& r : t.projects)
        idWidth = std::max(idWidth, r.projectId.size());
    std::vector<const voting::ProjectResult*> byRank;
    for (const auto& r : t.projects)
        byRank.push_back(&r);
    std::stable_sort(byRank.begin(), byRank.end(),
                     [](const auto* a, const auto* b) { return a->rank < b->rank; });
    std::printf("%4s  %-*s %10s %16s  %s\n", "#", static_cast<int>(idWidth), "project", "score", "cost", "");
    for (const auto* r : byRank) {
        std::printf("%4d  %-*s %10s %16s  %s %s\n", r->rank, static_cast<int>(idWidth), r->projectId.c_str(),
                    voting::formatMoney(r->score).c_str(), voting::formatMoney(r->cost).c_str(),
                    r->selected ? "✓" : " ", voting::describe(r->reason, symbol).c_str());
    }
}

} // namespace

int runTally(const Args& args)
{
    const auto words = args.positional();
    if (words.size() != 1)
        return usage(
            "tally takes one Pabulib file: balgul-cli tally FILE.pb [--rule R] [--format json|text]");
    const std::string format = args.option("format", "json");
    if (format != "json" && format != "text")
        return usage("--format is json or text");
    std::optional<voting::Rule> rule;
    if (const std::string name = args.option("rule"); !name.empty()) {
        rule = voting::parseRule(name);
        if (!rule)
            return usage("--rule is greedy, greedy-no-skip, greedy-threshold or equal-shares");
    }
    voting::PabulibFile file;
    try {
        file = voting::readPabulibFile(words.front());
    } catch (const voting::PabulibError& e) {
        return failedFile(e);
    }
    if (!rule && !file.rule) {
        std::string message = file.ruleText.empty() ? std::string("META names no rule")
                                                    : "\"" + file.ruleText + "\" is not a rule Balgul knows";
        message += "; choose one with --rule greedy|greedy-no-skip|greedy-threshold|equal-shares";
        return failed(core::Error::make("unknown_rule", message, "rule").at(words.front()));
    }
    file.round.rule = rule ? *rule : *file.rule;
    const voting::Tally t = voting::tally(file.round, file.ballots);
    if (format == "json")
        std::cout << tallyJson(file, t) << '\n';
    else
        printText(file, t);
    return kOk;
}

} // namespace balgul::cli
