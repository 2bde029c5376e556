#pragma once

// The city hub's error codes as people read them. The hub explains every refusal with a code and
// an English reason; people see a translated sentence chosen by the code, never that reason.

#include <QString>
#include <QStringList>

#include <string>

namespace balgul::core {
struct Refusal;
}

namespace balgul::ui {

/// A translated sentence for an error code the hub sends (`field`, when given, names the value it
/// did not take). An unknown code gets a general sentence naming the code.
QString hubErrorText(const std::string& code, const QString& field = {});
/// hubErrorText() for a refusal whose English detail starts with the field at fault, as the hub's
/// field checks write it ("eligible_invite: this hub has no invite …").
QString hubRefusalText(const std::string& code, const std::string& message);
/// True for every code hubErrorText() has its own sentence for.
bool isKnownHubErrorCode(const std::string& code);
/// Every code hubErrorText() has its own sentence for (tests check the hub sends no other).
QStringList knownHubErrorCodes();

/// Why the hub refused a change, made precise by what was refused (a problem's status, its
/// text, a delete, a comment, a photo).
QString refusalText(const core::Refusal& refusal);
/// The refused change in a few words ("Title: “…” · Status: Resolved"), for people deciding
/// whether to keep it as a comment; empty when there is nothing to show.
QString refusedChangeSummary(const core::Refusal& refusal);

} // namespace balgul::ui
