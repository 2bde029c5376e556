// The fuzz check of the hub's Open311 parameter parser (fuzz_checks.h).

#include "tests/fuzz/fuzz_checks.h"

#include "hub/http/http_support.h"
#include "hub/open311/open311_model.h"

#include "core/domain/category.h"
#include "core/util/text.h"

#include <algorithm>

namespace balgul::fuzz {

void checkOpen311(std::string_view data)
{
    using namespace balgul::hub;
    using namespace balgul::hub::open311;
    const std::string query(data);
    const core::Timestamp now = core::fromUnixMs(1'796'000'000'000); // 2026-11-30

    try {
        const RequestQuery q = parseRequestQuery(query, now);
        if (!q.ids.empty()) {
            BALGUL_FUZZ_CHECK(q.ids.size() <= kMaxIdsPerQuery, "more ids than a query may name");
            for (const std::string& id : q.ids)
                BALGUL_FUZZ_CHECK(!id.empty() && core::trimmed(id) == id,
                                  "an empty or untrimmed id: '" + id + "'");
            BALGUL_FUZZ_CHECK(q.serviceCodes.empty() && q.statuses.empty() && !q.explicitWindow,
                              "other filters next to an id list");
        }
        for (const std::string& code : q.serviceCodes)
            BALGUL_FUZZ_CHECK(core::findCategory(code) != nullptr, "an unknown service code: " + code);
        for (const std::string& status : q.statuses)
            BALGUL_FUZZ_CHECK(status == "open" || status == "closed", "an unknown status: " + status);
        if (q.ids.empty()) {
            BALGUL_FUZZ_CHECK(q.start <= q.end, "the window ends before it starts");
            if (q.explicitWindow)
                BALGUL_FUZZ_CHECK(q.end - q.start <= kDefaultWindow, "a window longer than 90 days");
            else
                BALGUL_FUZZ_CHECK(q.start == now - kDefaultWindow, "the default window does not end now");
        }
    } catch (const HttpError& e) {
        BALGUL_FUZZ_CHECK(e.status == 400, "a bad query answered " + std::to_string(e.status));
        BALGUL_FUZZ_CHECK(!e.error.code.empty() && !e.error.message.empty(),
                          "an error without a code or message");
        BALGUL_FUZZ_CHECK(!e.error.field.empty() || e.error.code == "bad_request",
                          "the error names no parameter: " + e.error.message);
    }

    // A filed request's description becomes its title: one line, at most 80 characters and an ellipsis.
    try {
        std::string form = query;
        std::replace(form.begin(), form.end(), '+', ' ');
        const std::string description = queryValue(form, "description");
        if (!core::isValidUtf8(description))
            return;
        const std::string title = titleFor(description, "Air quality");
        BALGUL_FUZZ_CHECK(!title.empty() && core::isValidUtf8(title),
                          "an empty or broken title: '" + title + "'");
        BALGUL_FUZZ_CHECK(core::utf8Length(title) <= 81, "a title longer than 81 characters");
        BALGUL_FUZZ_CHECK(title.find_first_of("\r\n") == std::string::npos, "a title of more than one line");
    } catch (const HttpError& e) {
        BALGUL_FUZZ_CHECK(e.status == 400 && e.error.code == "bad_request",
                          "a bad form answered " + e.error.code);
    }
}

} // namespace balgul::fuzz
