#include "ui/sync/hub_error_text.h"

#include "core/store/store.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <span>
#include <utility>

namespace balgul::ui {

namespace {

class HubErrorText
{
    Q_DECLARE_TR_FUNCTIONS(HubErrorText)

public:
    static QString versionMismatch()
    {
        return tr("The hub did not understand the request. Balgul and the hub may be different versions; "
                  "ask your hub's operator.");
    }
    static QString hubTrouble()
    {
        return tr("The hub had a problem of its own. Please try again later, or tell your hub's operator.");
    }
};

using Sentence = QString (*)(const QString& field);

/// Every code the hub sends, with its sentence. The hub's codes are in hub/ (HttpError::make,
/// Error::make, the push results of hub/sync/sync_service.cpp); tests/ui/test_hub_error_text.cpp
/// reads them from there and fails when one is missing here.
std::span<const std::pair<const char*, Sentence>> sentences()
{
    static const std::pair<const char*, Sentence> table[] = {
        {"forbidden",
         [](const QString&) { return HubErrorText::tr("Your account may not make this change."); }},
        {"unauthorized",
         [](const QString&) {
             return HubErrorText::tr("The hub no longer accepts your sign-in. Please sign in again.");
         }},
        {"invalid_credentials",
         [](const QString&) { return HubErrorText::tr("The login name or password is wrong."); }},
        {"account_disabled",
         [](const QString&) {
             return HubErrorText::tr("This account is disabled on the hub. Ask your group's coordinator.");
         }},
        {"invalid_field",
         [](const QString& field) {
             return field.isEmpty()
                        ? HubErrorText::tr("The hub did not accept a value in this change.")
                        : HubErrorText::tr("The hub did not accept the value of “%1”.").arg(fieldName(field));
         }},
        {"invalid_value",
         [](const QString& field) {
             return field.isEmpty()
                        ? HubErrorText::tr("The hub did not accept a value in this change.")
                        : HubErrorText::tr("The hub did not accept the value of “%1”.").arg(fieldName(field));
         }},
        {"not_found",
         [](const QString&) {
             return HubErrorText::tr("The hub no longer has it. Someone may have deleted it.");
         }},
        {"login_taken",
         [](const QString&) { return HubErrorText::tr("This login name is taken on the hub."); }},
        {"registration_closed",
         [](const QString&) {
             return HubErrorText::tr("This hub creates accounts only with an invite code.");
         }},
        {"invalid_invite",
         [](const QString&) {
             return HubErrorText::tr("The invite code is not valid: it may be mistyped, used up or expired.");
         }},
        {"too_large",
         [](const QString&) { return HubErrorText::tr("The change is too large for the hub."); }},
        {"quota_exceeded",
         [](const QString&) {
             return HubErrorText::tr("Your account has used all the room the hub gives it for photos.");
         }},
        {"hash_mismatch",
         [](const QString&) {
             return HubErrorText::tr(
                 "A photo was damaged on its way to the hub; it is sent again with the next sync.");
         }},
        {"missing_blob",
         [](const QString&) {
             return HubErrorText::tr(
                 "A photo had not reached the hub yet; it is sent again with the next sync.");
         }},
        {"rate_limited",
         [](const QString&) {
             return HubErrorText::tr(
                 "The hub has had too many attempts. Please wait a little and try again.");
         }},
        {"request_timeout",
         [](const QString&) {
             return HubErrorText::tr("The hub waited too long for the request. Please try again.");
         }},
        {"op_id_taken",
         [](const QString&) {
             return HubErrorText::tr(
                 "The hub already has another person's change under this change's number.");
         }},
        {"id_taken",
         [](const QString&) {
             return HubErrorText::tr("Someone else already made something with the same number on the hub.");
         }},
        {"unknown_version",
         [](const QString&) {
             return HubErrorText::tr("The hub does not know the version this change was made from. Sync "
                                     "again to fetch the latest.");
         }},
        {"status_changed",
         [](const QString&) {
             return HubErrorText::tr("Someone changed this problem's status first. Look at it again before "
                                     "changing it.");
         }},
        {"already_merged",
         [](const QString&) {
             return HubErrorText::tr("Another coordinator had already merged this problem into another one; "
                                     "it is shown as the hub has it.");
         }},
        {"invalid_transition",
         [](const QString&) {
             return HubErrorText::tr("A problem cannot move from its status to that one.");
         }},
        {"cursor_ahead",
         [](const QString&) {
             return HubErrorText::tr(
                 "The hub's history is older than this computer's (it was restored from a "
                 "backup). Balgul fetches everything again.");
         }},
        {"malformed_json", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"unknown_entity", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"bad_request", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"method_not_allowed", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"unsupported_media_type", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"header_too_large", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"uri_too_long", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"http_version_not_supported", [](const QString&) { return HubErrorText::versionMismatch(); }},
        {"internal", [](const QString&) { return HubErrorText::hubTrouble(); }},
        {"io_error", [](const QString&) { return HubErrorText::hubTrouble(); }},
        {"open_failed", [](const QString&) { return HubErrorText::hubTrouble(); }},
        {"invalid_config", [](const QString&) { return HubErrorText::hubTrouble(); }},
        {"too_many_connections",
         [](const QString&) {
             return HubErrorText::tr("The hub is serving too many connections. Please try again shortly.");
         }},
        {"conflict",
         [](const QString&) {
             return HubErrorText::tr(
                 "Someone changed this differently on the hub. Choose which values to keep.");
         }},
        {"rejected", [](const QString&) { return HubErrorText::tr("The hub refused the change."); }},
        // Voting (docs/voting.md).
        {"round_closed",
         [](const QString&) {
             return HubErrorText::tr("The round had closed when this reached the hub; it changes no more.");
         }},
        {"round_not_open",
         [](const QString&) {
             return HubErrorText::tr("The round was not open yet when your ballot reached the hub.");
         }},
        {"not_eligible",
         [](const QString&) {
             return HubErrorText::tr(
                 "This round is open to a named group of accounts, and yours is not in it.");
         }},
        {"invalid_ballot",
         [](const QString&) {
             return HubErrorText::tr("The hub found that the ballot breaks the round's rules. Change it and "
                                     "cast it again.");
         }},
        {"round_open",
         [](const QString&) {
             return HubErrorText::tr("The round is still open; its results come once it closes.");
         }},
        {"round_invalid",
         [](const QString&) {
             return HubErrorText::tr("The hub cannot read this round's rules. Tell your hub's operator.");
         }},
        // MyData (docs/mydata.md).
        {"consent_withdrawn",
         [](const QString&) {
             return HubErrorText::tr("The consent was withdrawn, so the hub takes no more data under it and "
                                     "has erased what it held.");
         }},
        {"consent_expired",
         [](const QString&) {
             return HubErrorText::tr("The consent has expired, so the hub takes no more data under it and "
                                     "has erased what it held.");
         }},
    };
    return table;
}

QJsonObject objectOf(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

QString valueJson(const QJsonObject& object, const QString& key)
{
    const QJsonDocument doc(QJsonArray{object.value(key)});
    QByteArray text = doc.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

QString hubErrorText(const std::string& code, const QString& field)
{
    for (const auto& [known, sentence] : sentences())
        if (code == known)
            return sentence(field);
    return HubErrorText::tr("The hub refused this (its reason: %1).").arg(toQ(code));
}

QString hubRefusalText(const std::string& code, const std::string& message)
{
    const std::size_t colon = message.find(':');
    const bool named =
        colon != std::string::npos && colon > 0 && message.find(' ') > colon; // a field name holds no space
    return hubErrorText(code, named ? QString::fromStdString(message.substr(0, colon)) : QString());
}

bool isKnownHubErrorCode(const std::string& code)
{
    for (const auto& [known, sentence] : sentences())
        if (code == known)
            return true;
    return false;
}

QStringList knownHubErrorCodes()
{
    QStringList out;
    for (const auto& [known, sentence] : sentences())
        out << QString::fromLatin1(known);
    return out;
}

QString refusalText(const core::Refusal& refusal)
{
    const QJsonObject refused = objectOf(refusal.refusedFieldsJson);
    const bool deleted = refused.value(QStringLiteral("deleted")).toBool(false);
    if (refusal.code == "forbidden") {
        if (refusal.entity == "problem" && deleted)
            return HubErrorText::tr("Only the problem's author or a coordinator may delete it.");
        if (refusal.entity == "problem" &&
            (refused.contains(QStringLiteral("status")) ||
             refused.contains(QStringLiteral("duplicate_of"))) &&
            refused.size() <= 2)
            return HubErrorText::tr("Only a coordinator may change a problem's status.");
        if (refusal.entity == "problem")
            return HubErrorText::tr(
                "Only the problem's author may change its title, description, category or "
                "place; only a coordinator its status.");
        if (refusal.entity == "comment")
            return HubErrorText::tr("Only its author may change this comment.");
        if (refusal.entity == "attachment")
            return HubErrorText::tr(
                "Only the problem's author or a coordinator may add or remove its photos.");
    }
    if (refusal.code == "not_found" && refusal.entity != "problem")
        return HubErrorText::tr("The problem this belongs to no longer exists on the hub.");
    return hubErrorText(refusal.code);
}

QString refusedChangeSummary(const core::Refusal& refusal)
{
    const QJsonObject refused = objectOf(refusal.refusedFieldsJson);
    if (refusal.entity == "problem_merge")
        return refused.value(QStringLiteral("deleted")).toBool(false)
                   ? HubErrorText::tr("Undo the merge")
                   : HubErrorText::tr("Mark as a duplicate");
    if (refused.value(QStringLiteral("deleted")).toBool(false))
        return refusal.entity == "problem" ? HubErrorText::tr("Delete the problem")
                                           : HubErrorText::tr("Delete it");
    QStringList parts;
    if (refusal.entity == "comment" && refused.contains(QStringLiteral("text")))
        return HubErrorText::tr("Comment: “%1”").arg(refused.value(QStringLiteral("text")).toString());
    if (refusal.entity == "attachment")
        return HubErrorText::tr("Photo “%1”").arg(refused.value(QStringLiteral("file_name")).toString());
    for (const char* field : {"title", "description", "category", "status", "address"}) {
        const QString key = QString::fromLatin1(field);
        if (refused.contains(key))
            parts << HubErrorText::tr("%1: “%2”")
                         .arg(fieldName(key), conflictValueText(field, toStd(valueJson(refused, key))));
    }
    if (refused.contains(QStringLiteral("lat")) || refused.contains(QStringLiteral("lon")))
        parts << HubErrorText::tr("Moved on the map");
    return parts.join(QStringLiteral(" · "));
}

} // namespace balgul::ui
