#include "ui/sync/sync_text.h"

#include "core/domain/problem.h"
#include "ui/category_names.h"
#include "ui/date_text.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace balgul::ui {

namespace {

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

} // namespace

QString syncErrorText(const core::Error& error)
{
    const std::string& code = error.code;
    if (code == "network")
        return SyncText::tr("the hub cannot be reached");
    if (code == "unauthorized" || code == "invalid_credentials" || code == "token_expired")
        return SyncText::tr("the hub no longer accepts the sign-in; please sign in again");
    if (code == "forbidden")
        return SyncText::tr("the hub does not allow this account to sync");
    if (code == "cancelled")
        return SyncText::tr("cancelled");
    if (code == "store_failed" || code == "open_failed")
        return SyncText::tr("the problems on this computer could not be updated (%1)")
            .arg(toQ(error.message));
    if (isKnownHubErrorCode(code))
        return hubErrorText(code, toQ(error.field));
    return describeError(error);
}

QString signInErrorText(const core::Error& error)
{
    if (error.code == "invalid_credentials" || error.code == "unauthorized")
        return SyncText::tr("The login name or password is wrong.");
    if (error.code == "network")
        return SyncText::tr("The hub cannot be reached. Check the address and the network.");
    if (error.code == "invalid_url" || error.code == "bad_url")
        return SyncText::tr("The hub address is not valid.");
    if (error.code == "invalid_invite")
        return SyncText::tr("The invite code is not valid: it may be mistyped, used up or expired. Ask your "
                            "group's coordinator for a new one.");
    if (error.code == "login_taken")
        return SyncText::tr(
            "This login name is taken on the hub. Choose another one, or leave the invite code "
            "empty to sign in to your existing account.");
    if (error.code == "registration_closed")
        return SyncText::tr("This hub creates accounts only with an invite code.");
    if (error.code == "invalid_field")
        return SyncText::tr("The hub did not accept the account: %1").arg(describeError(error));
    return SyncText::tr("Signing in failed: %1")
        .arg(isKnownHubErrorCode(error.code) ? hubErrorText(error.code, toQ(error.field))
                                             : describeError(error));
}

QString agoText(const QDateTime& then, const QDateTime& now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return SyncText::tr("just now");
    if (seconds < 3600)
        return SyncText::tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 24 * 3600)
        return SyncText::tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    return SyncText::tr("on %1").arg(dayText(then.toLocalTime().date()));
}

QString syncStateName(core::SyncState state)
{
    switch (state) {
    case core::SyncState::Synced:
        return {};
    case core::SyncState::Pending:
        return SyncText::tr("Waiting");
    case core::SyncState::Sent:
        return SyncText::tr("Sending");
    case core::SyncState::Conflict:
        return SyncText::tr("Conflict");
    case core::SyncState::Rejected:
        return SyncText::tr("Refused");
    }
    return {};
}

QIcon syncStateIcon(core::SyncState state)
{
    QColor color;
    switch (state) {
    case core::SyncState::Synced:
        return {};
    case core::SyncState::Pending:
        color = QColor(0x95, 0xa5, 0xa6);
        break;
    case core::SyncState::Sent:
        color = QColor(0x34, 0x98, 0xdb);
        break;
    case core::SyncState::Conflict:
        color = QColor(0xe6, 0x7e, 0x22);
        break;
    case core::SyncState::Rejected:
        color = QColor(0xc0, 0x39, 0x2b);
        break;
    }
    static QIcon cache[5];
    QIcon& icon = cache[static_cast<int>(state)];
    if (icon.isNull()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        if (state == core::SyncState::Pending)
            painter.drawEllipse(QRectF(2.5, 2.5, 7, 7));
        else
            painter.drawEllipse(QRectF(1, 1, 10, 10));
        icon = QIcon(pixmap);
    }
    return icon;
}

QString syncStateDescription(const core::SyncStatus& status)
{
    switch (status.state) {
    case core::SyncState::Synced:
        return status.version > 0 ? SyncText::tr("Shared with the hub.")
                                  : SyncText::tr("Only on this computer (no hub yet).");
    case core::SyncState::Pending:
        return SyncText::tr("%n change(s) waiting to be sent to the hub.", nullptr, status.pendingOps);
    case core::SyncState::Sent:
        return SyncText::tr("Sent to the hub; waiting for its answer.");
    case core::SyncState::Conflict:
        return SyncText::tr(
            "Someone changed this problem differently on the hub. Choose which values to keep.");
    case core::SyncState::Rejected:
        // By its code, in the user's language: the hub's own reason is English.
        return SyncText::tr("The hub refused a change: %1").arg(hubErrorText(status.code));
    }
    return {};
}

QString conflictValueText(const std::string& field, const std::string& valueJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + QByteArray::fromStdString(valueJson) + "]");
    const QJsonValue value = doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
    if (value.isNull() || value.isUndefined())
        return SyncText::tr("(empty)");
    if (value.isString()) {
        const QString text = value.toString();
        if (field == "status") {
            if (const auto status = core::problemStatusFromString(toStd(text)))
                return statusName(*status);
        }
        if (field == "category")
            return categoryName(toStd(text));
        return text.isEmpty() ? SyncText::tr("(empty)") : text;
    }
    if (value.isDouble()) {
        const int decimals = field == "lat" || field == "lon" ? 6 : 0;
        return QLocale().toString(value.toDouble(), 'f', decimals);
    }
    if (value.isBool())
        return value.toBool() ? SyncText::tr("yes") : SyncText::tr("no");
    return QString::fromUtf8(QByteArray::fromStdString(valueJson));
}

} // namespace balgul::ui
