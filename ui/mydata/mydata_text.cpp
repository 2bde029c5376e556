// MyData in words: the translated names and sentences the My Data dock and its dialogs share.

#include "ui/mydata/mydata_text.h"

#include "ui/date_text.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace balgul::ui {

namespace {

class MyDataText
{
    Q_DECLARE_TR_FUNCTIONS(MyDataText)
};

using core::mydata::Aggregate;
using core::mydata::Category;

QString readable(const std::string& code)
{
    QString words = toQ(code);
    words.replace(u'_', u' ');
    return words;
}

QString fileOf(const core::Error& error)
{
    return error.file.empty() ? QString() : QFileInfo(toQ(error.file)).fileName();
}

/// "in “file” at line 12" when the error knows them.
QString whereOf(const core::Error& error)
{
    const QString file = fileOf(error);
    if (file.isEmpty())
        return {};
    return error.line > 0 ? MyDataText::tr(" (“%1”, line %2)").arg(file).arg(error.line)
                          : MyDataText::tr(" (“%1”)").arg(file);
}

} // namespace

QString myDataCategoryText(Category category)
{
    switch (category) {
    case Category::Electricity:
        return MyDataText::tr("Electricity");
    case Category::Gas:
        return MyDataText::tr("Gas");
    case Category::Mobility:
        return MyDataText::tr("Places (GPX tracks)");
    case Category::Steps:
        return MyDataText::tr("Steps");
    case Category::HeartRate:
        return MyDataText::tr("Heart rate");
    case Category::WalkingDistance:
        return MyDataText::tr("Walking distance");
    }
    return readable(std::string(core::mydata::toString(category)));
}

QString myDataUnitText(const std::string& unit)
{
    if (unit == "m3")
        return QStringLiteral("m³");
    if (unit == "count")
        return MyDataText::tr("steps");
    if (unit == "count/min")
        return MyDataText::tr("beats a minute");
    if (unit == "therm")
        return MyDataText::tr("therms");
    if (unit.empty())
        return MyDataText::tr("track points");
    return toQ(unit);
}

QString aggregateText(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Raw:
        return MyDataText::tr("Each reading as it is");
    case Aggregate::Hourly:
        return MyDataText::tr("One row per hour");
    case Aggregate::Daily:
        return MyDataText::tr("One row per day");
    case Aggregate::Monthly:
        return MyDataText::tr("One row per month");
    }
    return {};
}

namespace {

/// How the readings leave, as a sentence of the notice.
QString aggregateSentence(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Raw:
        return MyDataText::tr("Each reading leaves as it is, with its own time.");
    case Aggregate::Hourly:
        return MyDataText::tr(
            "They leave as one row per hour: the total (for heart rate, the average) and how "
            "many readings are behind it.");
    case Aggregate::Daily:
        return MyDataText::tr(
            "They leave as one row per day: the total (for heart rate, the average) and how "
            "many readings are behind it.");
    case Aggregate::Monthly:
        return MyDataText::tr("They leave as one row per month: the total (for heart rate, the average) and "
                              "how many readings are behind it.");
    }
    return {};
}

} // namespace

QString gridText(core::geo::Precision grid)
{
    switch (grid) {
    case core::geo::Precision::Exact:
        return MyDataText::tr("No places");
    case core::geo::Precision::M100:
        return MyDataText::tr("Cells of 100 m");
    case core::geo::Precision::M250:
        return MyDataText::tr("Cells of 250 m");
    case core::geo::Precision::M500:
        return MyDataText::tr("Cells of 500 m");
    case core::geo::Precision::Km1:
        return MyDataText::tr("Cells of 1 km");
    }
    return {};
}

QString purposeCategoryText(const std::string& term)
{
    if (term == "dpv:ResearchAndDevelopment")
        return MyDataText::tr("Research and development");
    if (term == "dpv:NonCommercialResearch")
        return MyDataText::tr("Non-commercial research");
    if (term == "dpv:AcademicResearch")
        return MyDataText::tr("Academic research");
    if (term == "dpv:PublicBenefit")
        return MyDataText::tr("Public benefit");
    if (term == "dpv:ImprovePublicServices")
        return MyDataText::tr("Improving public services");
    if (term == "dpv:ServiceProvision")
        return MyDataText::tr("Providing a service");
    return toQ(term);
}

QString recipientKindText(core::mydata::RecipientKind kind)
{
    switch (kind) {
    case core::mydata::RecipientKind::Hub:
        return MyDataText::tr("This hub");
    case core::mydata::RecipientKind::Lab:
        return MyDataText::tr("The living lab");
    case core::mydata::RecipientKind::Pilot:
        return MyDataText::tr("A pilot team");
    }
    return {};
}

QString consentStateText(core::mydata::LocalConsentState state, core::mydata::ConsentStatus status)
{
    using core::mydata::ConsentStatus;
    using core::mydata::LocalConsentState;
    if (state == LocalConsentState::Withdrawn || status == ConsentStatus::Withdrawn)
        return MyDataText::tr("Withdrawn");
    if (state == LocalConsentState::Expired || status == ConsentStatus::Expired)
        return MyDataText::tr("Expired");
    if (state == LocalConsentState::Pending)
        return MyDataText::tr("Not yet with the hub");
    return MyDataText::tr("Active");
}

QString sharedValueText(const core::mydata::SharedRow& row)
{
    const QLocale locale;
    if (row.category == Category::Mobility)
        return MyDataText::tr("%n point(s)", nullptr, static_cast<int>(row.count));
    const int decimals = std::abs(row.value - std::round(row.value)) < 1e-9 ? 0 : 1;
    const QString number = locale.toString(row.value, 'f', decimals);
    if (row.unit == "count")
        return MyDataText::tr("%1 steps").arg(number);
    if (row.unit == "count/min")
        return MyDataText::tr("%1 beats a minute").arg(number);
    return QStringLiteral("%1 %2").arg(number, myDataUnitText(row.unit));
}

QString periodText(std::int64_t periodStart, Aggregate aggregate)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(periodStart, QTimeZone::utc());
    switch (aggregate) {
    case Aggregate::Monthly:
        return utc.toString(QStringLiteral("yyyy-MM"));
    case Aggregate::Daily:
        return utc.toString(QStringLiteral("yyyy-MM-dd"));
    case Aggregate::Hourly:
        return utc.toString(QStringLiteral("yyyy-MM-dd HH:00"));
    case Aggregate::Raw:
        return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

QString myDataFormatText(const std::string& format)
{
    if (format == "greenbutton")
        return MyDataText::tr("Green Button");
    if (format == "apple_health")
        return MyDataText::tr("Apple Health");
    if (format == "gpx")
        return MyDataText::tr("GPX track");
    if (format == "csv")
        return MyDataText::tr("CSV");
    return readable(format);
}

QString myDataReasonText(const std::string& reason)
{
    if (reason == "no_start")
        return MyDataText::tr("The reading has no start time");
    if (reason == "bad_time")
        return MyDataText::tr("The time cannot be read");
    if (reason == "bad_number")
        return MyDataText::tr("The value is not a number");
    if (reason == "no_value")
        return MyDataText::tr("The value is missing");
    if (reason == "negative_value")
        return MyDataText::tr("The value is below zero, which it cannot be");
    if (reason == "bad_duration")
        return MyDataText::tr("The length of the reading cannot be used");
    if (reason == "other_type")
        return MyDataText::tr("A kind of record Balgul does not keep");
    if (reason == "correlation_copy")
        return MyDataText::tr("A copy of a record that is read on its own");
    if (reason == "nested_record")
        return MyDataText::tr("A record inside another record");
    if (reason == "unsupported_unit")
        return MyDataText::tr("A unit Balgul cannot convert");
    if (reason == "waypoint")
        return MyDataText::tr("A marked place, not a place passed on a track");
    if (reason == "bad_coordinate")
        return MyDataText::tr("The position is missing or impossible");
    if (reason == "empty_row")
        return MyDataText::tr("The row is empty");
    if (reason == "field_count")
        return MyDataText::tr("The row has more or fewer fields than the header");
    if (reason == "dst_gap")
        return MyDataText::tr("The local time does not exist (the clocks jumped over it)");
    if (reason == "other_service" || reason == "other_flow")
        return MyDataText::tr("Readings of another service or flow");
    const QString words = readable(reason);
    return words.isEmpty() ? MyDataText::tr("Unknown reason") : words;
}

QString myDataErrorText(const core::Error& error)
{
    const std::string& code = error.code;
    const QString where = whereOf(error);
    if (code == "wrong_passphrase")
        return MyDataText::tr(
            "The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.");
    if (code == "no_vault")
        return MyDataText::tr("This profile has no vault yet.");
    if (code == "vault_exists")
        return MyDataText::tr("This profile already has a vault.");
    if (code == "vault_locked")
        return MyDataText::tr("The vault is locked. Unlock it with its passphrase first.");
    if (code == "tampered" || code == "record_corrupt")
        return MyDataText::tr("A record in the vault cannot be read: it was damaged or altered outside "
                              "Balgul. Nothing of it is shown or shared.");
    if (code == "weaker_params")
        return MyDataText::tr("The vault is already at least this hard to unlock.");
    if (code == "vault_changed")
        return MyDataText::tr("The vault was changed in another window meanwhile. Lock it, unlock it "
                              "again and try once more.");
    if (code == "unsupported_vault")
        return MyDataText::tr("This vault was made by a newer Balgul. Update Balgul to open it.");
    if (code == "kdf_failed")
        return MyDataText::tr("There is not enough free memory to open the vault. Close other programs "
                              "and try again.");
    if (code == "crypto_failed")
        return MyDataText::tr("The computer's encryption failed. Please try again.");
    if (code == "unknown_format")
        return MyDataText::tr("Balgul cannot tell what this file holds%1. It reads Green Button downloads, "
                              "Apple Health exports (export.xml), GPX tracks and CSV files.")
            .arg(where);
    if (code == "cannot_open")
        return MyDataText::tr("The file cannot be opened%1.").arg(where);
    if (code == "invalid_xml")
        return MyDataText::tr("The file is not well-formed XML%1.").arg(where);
    if (code == "not_greenbutton")
        return MyDataText::tr("The file is not a Green Button download%1.").arg(where);
    if (code == "not_apple_health")
        return MyDataText::tr("The file is not an Apple Health export (export.xml)%1.").arg(where);
    if (code == "not_gpx")
        return MyDataText::tr("The file is not a GPX track%1.").arg(where);
    if (code == "no_header")
        return MyDataText::tr("The CSV file has no header row%1.").arg(where);
    if (code == "missing_column")
        return MyDataText::tr("The CSV file has no column “%1”.").arg(toQ(error.field));
    if (code == "invalid_mapping" || code == "bad_time_format" || code == "unknown_time_zone" ||
        code == "bad_unit")
        return MyDataText::tr("Choose which columns hold the time and the value, and the unit.");
    if (code == "cancelled")
        return MyDataText::tr("Cancelled: nothing was stored.");
    if (code == "not_logged_in")
        return MyDataText::tr("Sign in to the hub first (Settings ▸ Preferences ▸ City hub).");
    if (code == "network")
        return MyDataText::tr("The hub cannot be reached. Nothing was sent; try again later.");
    if (code == "hub_key_changed")
        return MyDataText::tr("The hub answers with another signing key than the one this profile "
                              "trusts. Nothing was sent. Ask your hub's operator before going on.");
    if (code == "hub_key_invalid")
        return MyDataText::tr("The hub's signing key cannot be read. Nothing was sent.");
    if (code == "receipt_invalid")
        return MyDataText::tr("The hub's erasure receipt did not verify against its signing key, so it "
                              "was not kept. Ask your hub's operator.");
    if (code == "consent_not_active")
        return MyDataText::tr("This consent is not active, so nothing more leaves under it.");
    if (code == "not_found" && error.field.empty())
        return MyDataText::tr("It is no longer there.");
    if (isKnownHubErrorCode(code))
        return hubErrorText(code, toQ(error.field));
    return describeError(error);
}

PipaText pipaText(const core::mydata::PipaNotice& n)
{
    using core::mydata::RecipientKind;
    PipaText text;
    QString recipient;
    switch (n.recipientKind) {
    case RecipientKind::Hub:
        recipient = n.recipientName.empty() ? MyDataText::tr("the hub you sign in to")
                                            : MyDataText::tr("the hub “%1”").arg(toQ(n.recipientName));
        break;
    case RecipientKind::Lab:
        recipient = n.recipientName.empty() ? MyDataText::tr("the living lab behind the hub")
                                            : MyDataText::tr("the living lab “%1”").arg(toQ(n.recipientName));
        break;
    case RecipientKind::Pilot:
        recipient = n.recipientName.empty()
                        ? MyDataText::tr("a pilot team")
                        : MyDataText::tr("the team of the pilot “%1”").arg(toQ(n.recipientName));
        break;
    }
    const QString words = n.purpose.empty() ? MyDataText::tr("(say in words what the rows are for)")
                                            : MyDataText::tr("“%1”").arg(toQ(n.purpose));
    text.purpose = MyDataText::tr("Purpose: %1 — %2. The rows go to %3.")
                       .arg(purposeCategoryText(n.purposeCategory), words, recipient);

    QStringList items;
    for (const Category c : n.items)
        items << myDataCategoryText(c);
    QString processing = MyDataText::tr("Items: %1.").arg(QLocale().createSeparatedList(items)) +
                         QLatin1Char(' ') + aggregateSentence(n.aggregate);
    if (n.carriesPlaces) {
        processing += QLatin1Char(' ') + MyDataText::tr("Places leave only as the grid cell a track passed "
                                                        "(%1) and how many points fell in it, never a "
                                                        "position.")
                                             .arg(gridText(n.grid));
        processing += QLatin1Char(' ') + (n.withholdsHomeCell
                                              ? MyDataText::tr("Cells holding your home or the place you "
                                                               "most often are at night are held back.")
                                              : MyDataText::tr("A 1 km cell is coarse enough that your home "
                                                               "cell is not held back."));
    } else {
        processing += QLatin1Char(' ') + MyDataText::tr("No places are shared.");
    }
    text.items = processing;

    text.retention =
        MyDataText::tr("Kept for %n day(s); sharing ends on %1 and the hub then erases every row. You can "
                       "withdraw at any time: %2",
                       nullptr, static_cast<int>(n.retentionDays))
            .arg(consentDateText(n.expires), toQ(n.withdrawal));

    text.refusal = n.refusalCost == "pilot_without_your_data"
                       ? MyDataText::tr("You may refuse. If you do, the pilot gathers its evidence without "
                                        "your data; nothing else in Balgul changes.")
                       : MyDataText::tr("You may refuse. If you do, nothing is shared and nothing else in "
                                        "Balgul changes.");
    if (n.sensitive)
        text.sensitive = MyDataText::tr("Steps, heart rate and walking distance are health data, sensitive "
                                        "information under the Act: you are asked for them on their own, "
                                        "with the box below.");
    return text;
}

QString consentDateText(std::int64_t utcSeconds)
{
    return dayText(QDateTime::fromSecsSinceEpoch(utcSeconds).toLocalTime().date());
}

} // namespace balgul::ui
