#include "ui/import_progress_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

constexpr int kRefreshMs = 100;

} // namespace

void GeoJsonImportProgress::report(std::string_view stage, std::int64_t done, std::int64_t total)
{
    if (stage == "features") {
        m_features.store(done, std::memory_order_relaxed);
    } else if (stage == "read" && total > 0 && !m_indexing.load(std::memory_order_relaxed)) {
        m_perMille.store(static_cast<int>(std::min<std::int64_t>(1000, done * 1000 / total)),
                         std::memory_order_relaxed);
    } else if (stage == "index") {
        m_indexing.store(true, std::memory_order_relaxed);
        m_perMille.store(total > 0 ? static_cast<int>(std::min<std::int64_t>(1000, done * 1000 / total)) : -1,
                         std::memory_order_relaxed);
    }
}

ImportProgressDialog::ImportProgressDialog(const QString& fileName,
                                           std::shared_ptr<GeoJsonImportProgress> progress, QWidget* parent)
    : QDialog(parent), m_progress(std::move(progress))
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Importing Problems"));
    setWindowModality(Qt::WindowModal);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Importing “%1”").arg(fileName), this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setMinimumWidth(m_counts->fontMetrics().averageCharWidth() * 48);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importBar"));
    m_bar->setRange(0, 0);
    auto* note = new QLabel(tr("Cancelling imports nothing: the problems stay exactly as they were."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Ca&ncel Import"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    layout->addWidget(heading);
    layout->addWidget(m_counts);
    layout->addWidget(m_bar);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressDialog::cancelImport);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ImportProgressDialog::refresh);
    m_timer->start();
    refresh();
}

void ImportProgressDialog::cancelImport()
{
    if (m_progress->cancelled())
        return;
    m_progress->cancel();
    m_cancel->setEnabled(false);
    refresh();
}

void ImportProgressDialog::reject()
{
    // The dialog stays until the import has stopped; the window closes it then.
    cancelImport();
}

QString ImportProgressDialog::countText() const
{
    return m_counts->text();
}

void ImportProgressDialog::refresh()
{
    const QLocale locale;
    const QString features = locale.toString(static_cast<qlonglong>(m_progress->features()));
    const int perMille = m_progress->perMille();
    if (m_progress->cancelled())
        m_counts->setText(tr("Cancelling… nothing will be imported."));
    else if (m_progress->indexing())
        m_counts->setText(tr("%1 features read. Indexing them for search…").arg(features));
    else
        m_counts->setText(
            tr("%1 features read (%2% of the file)").arg(features).arg(std::max(0, perMille) / 10));
    if (perMille < 0 || m_progress->cancelled()) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(perMille);
    }
}

} // namespace balgul::ui
