#include "ui/sensor/attach_evidence_dialog.h"

#include "core/sensor/evidence.h"
#include "core/store/store.h"
#include "ui/error_text.h"
#include "ui/panels/evidence_card.h"
#include "ui/qt_convert.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace balgul::ui {

namespace {

constexpr int kProblemIdRole = Qt::UserRole;

} // namespace

AttachEvidenceDialog::AttachEvidenceDialog(core::Store& store, std::int64_t seriesId, std::int64_t from,
                                           std::int64_t to, std::int64_t selectedProblemRowid,
                                           QWidget* parent)
    : QDialog(parent), m_store(store), m_seriesId(seriesId), m_from(from), m_to(to)
{
    setObjectName(QStringLiteral("attachEvidenceDialog"));
    setWindowTitle(tr("Attach sensor evidence"));
    if (selectedProblemRowid != 0)
        if (const auto problem = m_store.problemByRowid(selectedProblemRowid))
            m_initialProblem = problem->id;

    auto* intro =
        new QLabel(tr("These figures come from the readings stored now. The evidence keeps them with a "
                      "fingerprint, so anyone can check later that the readings were not altered."),
                   this);
    intro->setWordWrap(true);
    m_previewLayout = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("problemSearch"));
    m_search->setPlaceholderText(tr("Search problems…"));
    m_search->setClearButtonEnabled(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemChoice"));
    m_problems->setMinimumHeight(160);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("evidenceLabel"));
    m_label->setPlaceholderText(tr("e.g. Dust while the road works ran"));
    m_label->setMaxLength(200);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Attach"));

    auto* form = new QFormLayout;
    form->addRow(tr("Problem:"), m_search);
    form->addRow(QString(), m_problems);
    form->addRow(tr("Label:"), m_label);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_previewLayout);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AttachEvidenceDialog::refreshProblems);
    connect(m_problems, &QListWidget::currentItemChanged, this, &AttachEvidenceDialog::updateButtons);
    connect(m_problems, &QListWidget::itemDoubleClicked, this, [this] {
        if (canAttach())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    buildPreview();
    refreshProblems();
    resize(520, sizeHint().height());
}

void AttachEvidenceDialog::buildPreview()
{
    auto summary = core::sensor::EvidenceStore(m_store.database()).preview(m_seriesId, m_from, m_to);
    if (!summary) {
        const std::string& code = summary.error().code;
        if (code == "no_readings")
            m_previewError =
                tr("There are no usable readings in this time window. Choose a window with data.");
        else if (code == "empty_window")
            m_previewError = tr("The time window is empty. Choose a window that ends after it starts.");
        else if (code == "unknown_series")
            m_previewError = tr("This sensor series is no longer stored.");
        else
            m_previewError = describeError(summary.error());
        auto* error = new QLabel(m_previewError, this);
        error->setObjectName(QStringLiteral("previewError"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
        m_previewLayout->addWidget(error);
        return;
    }
    core::sensor::Evidence preview;
    preview.from = m_from;
    preview.to = m_to;
    preview.fingerprint = summary->fingerprint;
    preview.summary = std::move(summary).value();
    auto* card = new EvidenceCard(nullptr, std::move(preview), this);
    m_previewLayout->addWidget(card);
    m_previewOk = true;
}

void AttachEvidenceDialog::refreshProblems()
{
    const std::string current = problemId().empty() ? m_initialProblem : problemId();
    core::ProblemQuery query;
    query.text = toStd(m_search->text().trimmed());
    query.limit = kMaxProblems;
    std::vector<core::Problem> problems;
    if (auto found = m_store.problems(query))
        problems = std::move(found).value();
    // The selected problem stays on offer while no search hides it.
    if (query.text.empty() && !m_initialProblem.empty() &&
        std::none_of(problems.begin(), problems.end(),
                     [&](const core::Problem& p) { return p.id == m_initialProblem; }))
        if (auto initial = m_store.problem(m_initialProblem))
            problems.insert(problems.begin(), *initial);

    const QSignalBlocker blocker(m_problems);
    m_problems->clear();
    for (const core::Problem& p : problems) {
        QString text = toQ(p.title);
        if (!p.address.empty())
            text += QStringLiteral(" — ") + toQ(p.address);
        auto* item = new QListWidgetItem(text, m_problems);
        item->setData(kProblemIdRole, toQ(p.id));
        if (p.id == current)
            m_problems->setCurrentItem(item);
    }
    updateButtons();
}

void AttachEvidenceDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAttach());
}

std::string AttachEvidenceDialog::problemId() const
{
    const QListWidgetItem* item = m_problems ? m_problems->currentItem() : nullptr;
    return item ? toStd(item->data(kProblemIdRole).toString()) : std::string();
}

QString AttachEvidenceDialog::label() const
{
    return m_label->text().trimmed();
}

bool AttachEvidenceDialog::canAttach() const
{
    return m_previewOk && !problemId().empty();
}

void AttachEvidenceDialog::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void AttachEvidenceDialog::setLabel(const QString& label)
{
    m_label->setText(label);
}

bool AttachEvidenceDialog::chooseProblem(const std::string& id)
{
    for (int row = 0; row < m_problems->count(); ++row)
        if (toStd(m_problems->item(row)->data(kProblemIdRole).toString()) == id) {
            m_problems->setCurrentRow(row);
            return true;
        }
    return false;
}

int AttachEvidenceDialog::listedProblems() const
{
    return m_problems->count();
}

} // namespace balgul::ui
