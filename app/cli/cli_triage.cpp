// `balgul-cli triage` and `balgul-cli problem status|history|merge|unmerge`: the coordinator's queue,
// moving a problem, and merging a duplicate into another.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/store/store.h"
#include "core/triage/status_actor.h"
#include "core/triage/triage_queue.h"
#include "core/util/time.h"

#include <algorithm>
#include <iomanip>
#include <iostream>

namespace balgul::cli {

namespace {

/// A status as typed: the protocol's words, with '-' for '_' and "fixed" for resolved.
std::optional<core::ProblemStatus> statusWord(std::string word)
{
    std::replace(word.begin(), word.end(), '-', '_');
    if (word == "fixed")
        word = "resolved";
    return core::problemStatusFromString(word);
}

std::optional<core::triage::CloseReason> reasonWord(std::string word)
{
    std::replace(word.begin(), word.end(), '-', '_');
    if (word.empty())
        return std::nullopt;
    return core::triage::closeReasonFromString(word);
}

const char* why(core::triage::TriageReason reason)
{
    switch (reason) {
    case core::triage::TriageReason::New:
        return "new";
    case core::triage::TriageReason::Reopened:
        return "reopened";
    case core::triage::TriageReason::Supported:
        return "supported";
    }
    return "";
}

int setStatus(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 3)
        return usage("problem status takes a problem id and a status");
    const auto to = statusWord(words[2]);
    if (!to)
        return usage("unknown status '" + words[2] +
                     "': one of confirmed, in_progress, resolved (fixed), closed, reopened");
    core::triage::CloseReason reason = core::triage::CloseReason::None;
    if (const std::string text = args.option("reason"); !text.empty()) {
        const auto r = reasonWord(text);
        if (!r)
            return usage("unknown reason '" + text +
                         "': one of duplicate, out_of_remit, not_reproducible, referred");
        reason = *r;
    }
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    const std::string& id = words[1];
    auto changed =
        (*store)->changeStatus(id, *to, args.option("note"), reason, core::triage::statusActor(**store, id));
    if (!changed)
        return failed(changed.error());
    std::cout << id << ": " << core::toString(changed->from) << " -> " << core::toString(changed->to);
    if (changed->reason != core::triage::CloseReason::None)
        std::cout << " (" << core::triage::toString(changed->reason) << ")";
    std::cout << "\nqueued for the hub; run `balgul-cli sync` to send it\n";
    return kOk;
}

int history(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("problem history takes a problem id");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    if (!(*store)->problem(words[1]))
        return failed(core::Error::make("not_found", "no problem with id " + words[1], "problem_id"));
    for (const auto& c : (*store)->statusHistory(words[1])) {
        std::cout << core::toIso8601(c.at) << "  " << c.author << "  " << core::toString(c.from) << " -> "
                  << core::toString(c.to);
        if (c.reason != core::triage::CloseReason::None)
            std::cout << " (" << core::triage::toString(c.reason) << ")";
        std::cout << "\n    " << c.note << '\n';
    }
    return kOk;
}

int merge(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 3)
        return usage("problem merge takes the duplicate's id and the kept problem's id");
    if (args.option("note").empty())
        return usage("problem merge needs --note TEXT saying why the two are the same");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto merged = (*store)->mergeProblems(words[1], words[2], args.option("note"));
    if (!merged)
        return failed(merged.error());
    std::cout << "merged " << merged->duplicateId << " into " << merged->keptId << " (merge " << merged->id
              << "): " << merged->movedComments.size() << " comments and " << merged->movedSupports.size()
              << " supports moved, " << merged->keptSupports.size() << " supported both\n"
              << "queued for the hub; run `balgul-cli sync` to send it\n";
    return kOk;
}

int unmerge(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("problem unmerge takes a merge id");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    const auto merge = (*store)->problemMerge(words[1]);
    if (auto undone = (*store)->undoMerge(words[1]); !undone)
        return failed(undone.error());
    std::cout << "undid merge " << words[1];
    if (merge)
        std::cout << ": " << merge->duplicateId << " is " << core::toString(merge->statusBefore) << " again";
    std::cout << "\nrun `balgul-cli sync` to tell the hub\n";
    return kOk;
}

} // namespace

int runTriage(const Args& args)
{
    int limit = -1;
    if (const std::string text = args.option("limit"); !text.empty()) {
        const auto n = wholeNumber(text, 1, 1'000'000);
        if (!n)
            return usage("--limit takes a number from 1 to 1000000");
        limit = static_cast<int>(*n);
    }
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    const auto queue = core::triage::triageQueue(**store, limit);
    if (!queue)
        return failed(queue.error());
    std::cout << "new: " << queue->newCount << "  reopened: " << queue->reopenedCount
              << "  most supported: " << queue->supportedCount << "\n";
    for (const auto& item : queue->items) {
        const auto& p = item.problem;
        std::cout << std::left << std::setw(10) << why(item.reason) << std::setw(22)
                  << core::toIso8601(p.created) << std::right << std::setw(5) << p.supportCount << "  "
                  << std::left << std::setw(12) << core::toString(p.status) << p.id << "  " << p.title
                  << '\n';
    }
    return kOk;
}

int runProblem(const Args& args)
{
    const auto words = args.positional();
    if (!words.empty() && words[0] == "status")
        return setStatus(args, words);
    if (!words.empty() && words[0] == "history")
        return history(args, words);
    if (!words.empty() && words[0] == "merge")
        return merge(args, words);
    if (!words.empty() && words[0] == "unmerge")
        return unmerge(args, words);
    return usage("problem takes `status ID STATUS --note TEXT [--reason R]`, `history ID`, "
                 "`merge DUP KEEP --note TEXT` or `unmerge MERGE_ID`");
}

} // namespace balgul::cli
