#include "ui/sync/sync_progress_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <cmath>

namespace balgul::ui {

namespace {

constexpr int kBarSteps = 1000;

/// "about 28 s left", "about 3 min left".
QString timeLeftText(double seconds)
{
    const auto whole = static_cast<int>(std::ceil(std::max(seconds, 1.0)));
    if (whole < 60)
        return SyncProgressBar::tr("about %n s left", nullptr, whole);
    return SyncProgressBar::tr("about %n min left", nullptr, (whole + 59) / 60);
}

} // namespace

QString syncProgressText(const SyncController::Progress& progress)
{
    const QLocale locale;
    const QString done = locale.toString(progress.done);
    const bool known = progress.total >= 0;
    const QString total = locale.toString(progress.total);
    QString what;
    if (progress.stage == QLatin1String("pull"))
        what = known ? SyncProgressBar::tr("Receiving from the hub: %1 of %2").arg(done, total)
                     : SyncProgressBar::tr("Receiving from the hub: %1").arg(done);
    else if (progress.stage == QLatin1String("push"))
        what = known ? SyncProgressBar::tr("Sending your changes: %1 of %2").arg(done, total)
                     : SyncProgressBar::tr("Sending your changes: %1").arg(done);
    else if (progress.stage == QLatin1String("upload"))
        what = SyncProgressBar::tr("Sending photos: %1 of %2").arg(done, total);
    else if (progress.stage == QLatin1String("download"))
        what = SyncProgressBar::tr("Receiving photos: %1 of %2").arg(done, total);
    else
        return SyncProgressBar::tr("Syncing…");
    QStringList parts{what};
    // The rate since the stage began; the time left at that rate.
    if (progress.done > 0 && progress.seconds >= 0.5) {
        const double rate = static_cast<double>(progress.done) / progress.seconds;
        parts << SyncProgressBar::tr("%1 a second").arg(locale.toString(std::llround(rate)));
        if (known && progress.total > progress.done)
            parts << timeLeftText(static_cast<double>(progress.total - progress.done) / rate);
    } else if (known && progress.total > progress.done) {
        parts << SyncProgressBar::tr("estimating the time left…");
    }
    return parts.join(QStringLiteral(" · "));
}

SyncProgressBar::SyncProgressBar(SyncController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncProgressBar"));
    m_label->setObjectName(QStringLiteral("syncProgressLabel"));
    m_bar->setObjectName(QStringLiteral("syncProgressValue"));
    m_cancel->setObjectName(QStringLiteral("syncProgressCancel"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync. What arrived stays; the next sync carries on from there."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, &m_controller, &SyncController::stopRound);
    connect(&m_controller, &SyncController::progressChanged, this, &SyncProgressBar::refresh);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncProgressBar::refresh);
    refresh();
}

void SyncProgressBar::refresh()
{
    const SyncController::Progress progress = m_controller.progress();
    const bool show = m_controller.isSyncing() && progress.large;
    setVisible(show);
    if (!show)
        return;
    // A narrow window (a small screen, a large scale) cuts the label short: the whole text is in
    // the bar's tooltip too.
    const QString text = syncProgressText(progress);
    m_label->setText(text);
    m_label->setToolTip(text);
    m_bar->setToolTip(text);
    if (progress.total > 0) {
        m_bar->setRange(0, kBarSteps);
        m_bar->setValue(
            static_cast<int>(std::min(progress.done, progress.total) * kBarSteps / progress.total));
    } else {
        m_bar->setRange(0, 0); // how much is left is not known: busy
    }
}

} // namespace balgul::ui
