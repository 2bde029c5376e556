#include "ui/sync/conflict_dialog.h"

#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_text.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMaximumWidth(320);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(core::Store& store, const std::string& problemId, QWidget* parent)
    : QDialog(parent), m_store(store), m_problemId(problemId), m_conflicts(store.conflicts(problemId))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Settle changes"));
    const auto problem = store.problem(problemId);
    auto* intro = new QLabel(
        tr("“%1” was changed here and, differently, on the hub. For each value, choose which one to keep.")
            .arg(problem ? toQ(problem->title) : toQ(problemId)),
        this);
    intro->setWordWrap(true);

    auto* table = new QWidget;
    auto* grid = new QGridLayout(table);
    grid->setHorizontalSpacing(16);
    auto heading = [table](const QString& text) {
        auto* label = new QLabel(text, table);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(tr("Yours")), 0, 1);
    grid->addWidget(heading(tr("Hub's")), 0, 2);
    for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
        const core::SyncConflict& c = m_conflicts[i];
        const int row = static_cast<int>(i) + 1;
        const QString field = c.entity == "comment" ? tr("Comment") : fieldName(toQ(c.field));
        auto* mine = new QRadioButton(table);
        mine->setObjectName(QStringLiteral("mine_%1").arg(i));
        auto* hub = new QRadioButton(table);
        hub->setObjectName(QStringLiteral("hub_%1").arg(i));
        hub->setChecked(true);
        auto* group = new QButtonGroup(this);
        group->addButton(mine);
        group->addButton(hub);
        auto* mineCell = new QHBoxLayout;
        mineCell->addWidget(mine, 0, Qt::AlignTop);
        mineCell->addWidget(valueLabel(conflictValueText(c.field, c.localValueJson), table), 1);
        auto* hubCell = new QHBoxLayout;
        hubCell->addWidget(hub, 0, Qt::AlignTop);
        hubCell->addWidget(valueLabel(conflictValueText(c.field, c.hubValueJson), table), 1);
        grid->addWidget(new QLabel(field, table), row, 0, Qt::AlignTop);
        grid->addLayout(mineCell, row, 1);
        grid->addLayout(hubCell, row, 2);
        m_mine.append(mine);
    }
    grid->setRowStretch(static_cast<int>(m_conflicts.size()) + 1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(table);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->button(QDialogButtonBox::Apply);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    apply->setEnabled(!m_conflicts.empty());
    connect(apply, &QPushButton::clicked, this, &ConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void ConflictDialog::choose(int row, core::ConflictChoice choice)
{
    if (row < 0 || row >= m_mine.size())
        return;
    if (choice == core::ConflictChoice::UseMine)
        m_mine[row]->setChecked(true);
    else
        findChild<QRadioButton*>(QStringLiteral("hub_%1").arg(row))->setChecked(true);
}

void ConflictDialog::accept()
{
    for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
        const core::SyncConflict& c = m_conflicts[i];
        const auto choice = m_mine[static_cast<int>(i)]->isChecked() ? core::ConflictChoice::UseMine
                                                                     : core::ConflictChoice::UseHub;
        // Named by the entity's own id: the problem's, or a comment's (Store::resolveConflict).
        if (const core::Status status = m_store.resolveConflict(c.id, c.field, choice); !status) {
            if (status.error().code == "not_found")
                continue; // settled meanwhile (another window or a sync)
            m_error->setText(describeError(status.error()));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace balgul::ui
