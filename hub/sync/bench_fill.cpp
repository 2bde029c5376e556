#include "hub/sync/bench_fill.h"

#include "core/demo/demo_generator.h"
#include "core/util/ids.h"
#include "core/util/time.h"

#include <algorithm>

namespace balgul::hub {

namespace {

constexpr const char* kClientId = "bench-fill";

EntityState problemState(const core::Problem& p, const User& author, std::int64_t seq)
{
    EntityState state;
    state.entity = "problem";
    // Time-ordered, as the app makes them (core::newUuidV7): the demo generator's ids are random.
    state.id = core::newUuidV7();
    state.ownerId = author.id;
    state.seq = seq;
    state.fields = new Poco::JSON::Object;
    state.fields->set("title", p.title);
    state.fields->set("description", p.description);
    state.fields->set("category", p.category);
    state.fields->set("status", std::string(core::toString(p.status)));
    state.fields->set("lat", p.lat);
    state.fields->set("lon", p.lon);
    state.fields->set("address", p.address);
    state.fields->set("created", core::toIso8601(p.created));
    for (const auto& [name, value] : *state.fields)
        state.stamps[name] = FieldStamp{seq, kClientId};
    // Set by the hub from the account, as a push does; not fields a client writes.
    state.fields->set("author", author.displayName.empty() ? author.login : author.displayName);
    state.fields->set("author_id", author.id);
    return state;
}

} // namespace

void fillDemoProblems(HubStorage& storage, const User& author, std::size_t count, std::uint64_t seed,
                      std::size_t perTransaction, const std::function<void(std::size_t)>& progress)
{
    perTransaction = std::max<std::size_t>(perTransaction, 1);
    std::size_t done = 0;
    // Generated a transaction at a time, each from its own seed: a million problems never sit in
    // memory at once.
    for (std::uint64_t chunk = 0; done < count; ++chunk) {
        const std::size_t n = std::min(perTransaction, count - done);
        const auto problems = core::generateDemoProblems(n, seed * 1'000'003 + chunk);
        auto tx = storage.begin();
        for (const core::Problem& p : problems)
            tx->saveEntity(problemState(p, author, tx->nextSeq()));
        tx->commit();
        done += n;
        if (progress)
            progress(done);
    }
}

} // namespace balgul::hub
