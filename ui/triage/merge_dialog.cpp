#include "ui/triage/merge_dialog.h"

#include "core/store/store.h"
#include "ui/category_names.h"
#include "ui/dialog_size.h"
#include "ui/qt_convert.h"
#include "ui/triage/status_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace balgul::ui {

namespace {

/// Without a search, the problems within this distance are offered.
constexpr double kNearbyMeters = 3000;
/// A search reads at most this many matches before sorting them by distance.
constexpr int kSearchLimit = 2000;

QString distanceText(double meters)
{
    const QLocale locale;
    if (meters < 1000)
        return MergeDialog::tr("%1 m").arg(locale.toString(std::lround(meters)));
    return MergeDialog::tr("%1 km").arg(locale.toString(meters / 1000, 'f', 1));
}

} // namespace

MergeDialog::MergeDialog(core::Store& store, const std::string& duplicateId, QWidget* parent)
    : QDialog(parent), m_store(store), m_duplicateId(duplicateId)
{
    const auto duplicate = m_store.problem(duplicateId);
    if (duplicate) {
        m_lat = duplicate->lat;
        m_lon = duplicate->lon;
    }
    setWindowTitle(tr("Mark as duplicate"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("“%1” says the same as the problem you choose below. It will be closed as a "
                        "duplicate, and its comments and “me too”s move to the chosen problem.")
                         .arg(duplicate ? toQ(duplicate->title) : QString()));
    layout->addWidget(m_intro);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by title…"));
    layout->addWidget(m_search);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("mergeCandidates"));
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_candidates, 1);
    m_none = new QLabel(tr("No other problem matches."), this);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_none->hide();
    layout->addWidget(m_none);
    auto* form = new QFormLayout;
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("mergeNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why are they the same? (everyone reads it)"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, QSize(480, 460));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MergeDialog::refill);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &MergeDialog::updateOk);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, [this] { m_note->setFocus(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!keptId().empty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    refill();
    m_search->setFocus();
}

void MergeDialog::refill()
{
    m_searchTimer->stop();
    const std::string previous = keptId();
    std::vector<core::Problem> found;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        const double dLat = kNearbyMeters / 111320.0;
        const double dLon =
            kNearbyMeters / (111320.0 * std::max(0.01, std::cos(m_lat * std::numbers::pi / 180)));
        const core::GeoBox box{m_lat - dLat, m_lon - dLon, m_lat + dLat, m_lon + dLon};
        for (const core::ProblemPoint& point : m_store.pointsIn(box))
            if (auto p = m_store.problemByRowid(point.rowid))
                found.push_back(std::move(*p));
    } else {
        core::ProblemQuery query;
        query.text = toStd(text);
        query.limit = kSearchLimit;
        if (auto matches = m_store.problems(query))
            found = std::move(*matches);
    }
    std::erase_if(found,
                  [this](const core::Problem& p) { return p.id == m_duplicateId || !p.duplicateOf.empty(); });
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < found.size(); ++i)
        order.emplace_back(core::haversineMeters(m_lat, m_lon, found[i].lat, found[i].lon), i);
    std::sort(order.begin(), order.end());
    if (order.size() > static_cast<std::size_t>(kMaxCandidates))
        order.resize(kMaxCandidates);
    m_candidates->clear();
    for (const auto& [meters, index] : order) {
        const core::Problem& p = found[index];
        auto* item = new QListWidgetItem(
            categoryIcon(p.category),
            tr("%1 · %2 · %3").arg(toQ(p.title), statusName(p.status), distanceText(meters)), m_candidates);
        item->setData(Qt::UserRole, toQ(p.id));
        if (p.id == previous)
            m_candidates->setCurrentItem(item);
    }
    m_none->setVisible(order.empty());
    updateOk();
}

void MergeDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!keptId().empty());
}

std::string MergeDialog::keptId() const
{
    const QListWidgetItem* item = m_candidates->currentItem();
    return item ? toStd(item->data(Qt::UserRole).toString()) : std::string();
}

std::string MergeDialog::note() const
{
    return toStd(m_note->toPlainText().trimmed());
}

int MergeDialog::candidateCount() const
{
    return m_candidates->count();
}

bool MergeDialog::choose(const std::string& keptId)
{
    for (int i = 0; i < m_candidates->count(); ++i)
        if (toStd(m_candidates->item(i)->data(Qt::UserRole).toString()) == keptId) {
            m_candidates->setCurrentRow(i);
            return true;
        }
    return false;
}

} // namespace balgul::ui
