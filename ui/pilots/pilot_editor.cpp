#include "ui/pilots/pilot_editor.h"

#include "ui/category_names.h"
#include "ui/dialog_folders.h"
#include "ui/dialog_size.h"
#include "ui/error_text.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/pilots/zone_edit_tool.h"

#include "core/domain/category.h"
#include "core/pilots/pilot_json.h"
#include "core/store/store.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

namespace pilots = core::pilots;

constexpr int kIdRole = Qt::UserRole + 1;

enum GoalColumn
{
    QuantityColumn,
    CategoryColumn,
    StatisticColumn,
    DirectionColumn,
    TargetColumn,
    GoalColumns,
};

template <typename Enum> Enum comboValue(QTableWidget* table, int row, int column)
{
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, column));
    return static_cast<Enum>(combo ? combo->currentData().toInt() : 0);
}

} // namespace

PilotEditor::PilotEditor(core::Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("pilotEditor"));
    setModal(false);
    resizeWithinScreen(this, QSize(560, 760));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const auto label = [&] {
        auto* l = new QLabel(this);
        m_labels.push_back(l);
        return l;
    };
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("pilotTitle"));
    m_title->setMaxLength(200);
    form->addRow(label(), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form->addRow(label(), m_description);
    m_hypothesis = new QPlainTextEdit(this);
    m_hypothesis->setTabChangesFocus(true);
    m_hypothesis->setMaximumHeight(50);
    form->addRow(label(), m_hypothesis);

    auto* problems = new QVBoxLayout;
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("pilotProblems"));
    m_problems->setMaximumHeight(80);
    problems->addWidget(m_problems);
    auto* problemButtons = new QHBoxLayout;
    m_addProblem = new QPushButton(this);
    m_removeProblem = new QPushButton(this);
    problemButtons->addWidget(m_addProblem);
    problemButtons->addWidget(m_removeProblem);
    problemButtons->addStretch();
    problems->addLayout(problemButtons);
    form->addRow(label(), problems);
    connect(m_addProblem, &QPushButton::clicked, this, &PilotEditor::addSelectedProblemRequested);
    connect(m_removeProblem, &QPushButton::clicked, this, [this] { delete m_problems->currentItem(); });

    auto* dates = new QHBoxLayout;
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("pilotStart"));
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("pilotEnd"));
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &PilotEditor::updateDates);
    }
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_end);
    dates->addStretch();
    auto* dateBox = new QVBoxLayout;
    dateBox->addLayout(dates);
    m_latestEnd = new QLabel(this);
    m_latestEnd->setWordWrap(true);
    dateBox->addWidget(m_latestEnd);
    form->addRow(label(), dateBox);

    m_cost = new QDoubleSpinBox(this);
    m_cost->setObjectName(QStringLiteral("pilotCost"));
    m_cost->setDecimals(0);
    m_cost->setRange(0, 1e15);
    m_cost->setSingleStep(1'000'000);
    m_cost->setGroupSeparatorShown(true);
    m_cost->setPrefix(QStringLiteral("₩"));
    form->addRow(label(), m_cost);

    m_goals = new QTableWidget(0, GoalColumns, this);
    m_goals->setObjectName(QStringLiteral("pilotGoals"));
    m_goals->verticalHeader()->hide();
    m_goals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_goals->horizontalHeader()->setStretchLastSection(true);
    m_goals->setMinimumHeight(90);
    m_goals->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* goals = new QVBoxLayout;
    goals->addWidget(m_goals);
    auto* goalButtons = new QHBoxLayout;
    m_addGoal = new QPushButton(this);
    m_addGoal->setObjectName(QStringLiteral("pilotAddGoal"));
    m_removeGoal = new QPushButton(this);
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    goalButtons->addStretch();
    goals->addLayout(goalButtons);
    form->addRow(label(), goals);
    connect(m_addGoal, &QPushButton::clicked, this, [this] { addGoalRow({}); });
    connect(m_removeGoal, &QPushButton::clicked, this, [this] {
        if (m_goals->currentRow() >= 0)
            m_goals->removeRow(m_goals->currentRow());
    });

    auto* zone = new QVBoxLayout;
    m_zoneSummary = new QLabel(this);
    m_zoneSummary->setObjectName(QStringLiteral("pilotZoneSummary"));
    m_zoneSummary->setWordWrap(true);
    zone->addWidget(m_zoneSummary);
    auto* zoneButtons = new QHBoxLayout;
    m_drawZone = new QPushButton(this);
    m_drawZone->setObjectName(QStringLiteral("pilotDrawZone"));
    m_drawZone->setCheckable(true);
    m_importZone = new QPushButton(this);
    m_importZone->setObjectName(QStringLiteral("pilotImportZone"));
    zoneButtons->addWidget(m_drawZone);
    zoneButtons->addWidget(m_importZone);
    zoneButtons->addStretch();
    zone->addLayout(zoneButtons);
    form->addRow(label(), zone);
    connect(m_drawZone, &QPushButton::toggled, this, [this](bool on) {
        updateZoneSummary();
        emit drawZoneToggled(on);
    });
    connect(m_importZone, &QPushButton::clicked, this, [this] {
        const QString kind = QStringLiteral("zone");
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a zone"), dialog_folders::start(kind), tr("GeoJSON (*.geojson *.json)"));
        if (!path.isEmpty()) {
            dialog_folders::remember(kind, path);
            importZone(path);
        }
    });
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pilotError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("pilotSave"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            close();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::close);
    layout->addWidget(buttons);
    retranslate();
}

void PilotEditor::startNew(const std::vector<std::string>& problemIds)
{
    m_pilotId.clear();
    m_title->clear();
    m_description->clear();
    m_hypothesis->clear();
    m_problems->clear();
    for (const auto& id : problemIds)
        addProblem(id);
    const QDate start = QDate::currentDate().addDays(7);
    m_start->setDate(start);
    m_end->setDate(start.addMonths(3).addDays(-1));
    m_cost->setValue(0);
    m_goals->setRowCount(0);
    addGoalRow({});
    setZone({});
    m_error->hide();
    retranslate();
}

void PilotEditor::startEdit(const pilots::Pilot& pilot)
{
    m_pilotId = pilot.id;
    const auto& f = pilot.fields;
    m_title->setText(QString::fromStdString(f.title));
    m_description->setPlainText(QString::fromStdString(f.description));
    m_hypothesis->setPlainText(QString::fromStdString(f.hypothesis));
    m_problems->clear();
    for (const auto& id : f.problemIds)
        addProblem(id);
    m_start->setDate(toQDate(f.start));
    m_end->setDate(toQDate(f.end));
    m_cost->setValue(static_cast<double>(f.costKrw));
    m_goals->setRowCount(0);
    for (const auto& goal : f.goals)
        addGoalRow(goal);
    setZone(f.zone);
    m_error->hide();
    retranslate();
}

void PilotEditor::addProblem(const std::string& problemId)
{
    for (int row = 0; row < m_problems->count(); ++row)
        if (m_problems->item(row)->data(kIdRole).toString().toStdString() == problemId)
            return;
    const auto problem = m_store.problem(problemId);
    auto* item = new QListWidgetItem(problem ? QString::fromStdString(problem->title)
                                             : tr("(a problem not in this profile)"));
    item->setData(kIdRole, QString::fromStdString(problemId));
    m_problems->addItem(item);
}

void PilotEditor::setZone(const std::vector<pilots::Ring>& zone)
{
    m_zone = zone;
    m_zoneOk = true;
    m_zoneMessage.clear();
    for (std::size_t i = 0; i < m_zone.size() && m_zoneOk; ++i)
        if (!pilots::checkRing(m_zone[i], i).ok()) {
            m_zoneOk = false;
            m_zoneMessage = ZoneEditTool::ringProblem(m_zone[i], i);
        }
    updateZoneSummary();
}

void PilotEditor::setZoneValidity(bool ok, const QString& message)
{
    m_zoneOk = ok;
    m_zoneMessage = message;
    updateZoneSummary();
}

bool PilotEditor::importZone(const QString& path)
{
    QFile file(path);
    if (file.size() > (16 << 20)) {
        showError(tr("%1 is too large for a zone (at most 16 MiB).").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto zone = pilots::parseZone(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                  path.toStdString());
    if (!zone) {
        showError(describeError(zone.error()));
        return false;
    }
    setZone(*zone);
    m_error->hide();
    emit drawZoneToggled(m_drawZone->isChecked()); // the map shows the imported zone
    return true;
}

void PilotEditor::addGoalRow(const pilots::Goal& goal)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    auto* quantity = new QComboBox;
    for (int q = 0; q <= static_cast<int>(pilots::GoalQuantity::ProblemCount); ++q)
        quantity->addItem(goalQuantityName(static_cast<pilots::GoalQuantity>(q)), q);
    quantity->setCurrentIndex(static_cast<int>(goal.quantity));
    auto* category = new QComboBox;
    for (const auto& c : core::defaultCategories())
        category->addItem(categoryName(c.code), QString::fromStdString(std::string(c.code)));
    category->setCurrentIndex(std::max(0, category->findData(QString::fromStdString(goal.category))));
    auto* statistic = new QComboBox;
    for (int s = 0; s <= static_cast<int>(pilots::GoalStatistic::CountPerWeek); ++s)
        statistic->addItem(goalStatisticName(static_cast<pilots::GoalStatistic>(s)), s);
    statistic->setCurrentIndex(static_cast<int>(goal.statistic));
    auto* direction = new QComboBox;
    direction->addItem(goalDirectionName(pilots::GoalDirection::Decrease),
                       static_cast<int>(pilots::GoalDirection::Decrease));
    direction->addItem(goalDirectionName(pilots::GoalDirection::Increase),
                       static_cast<int>(pilots::GoalDirection::Increase));
    direction->setCurrentIndex(static_cast<int>(goal.direction));
    auto* target = new QDoubleSpinBox;
    target->setRange(0.1, 1000);
    target->setDecimals(1);
    target->setSuffix(QStringLiteral(" %"));
    target->setValue(goal.targetPercent);
    // A count goes by week and names its category; a sensor quantity is a mean and names none.
    const auto follow = [quantity, category, statistic] {
        const bool count = static_cast<pilots::GoalQuantity>(quantity->currentData().toInt()) ==
                           pilots::GoalQuantity::ProblemCount;
        category->setEnabled(count);
        const auto s = static_cast<pilots::GoalStatistic>(statistic->currentData().toInt());
        if (count && s != pilots::GoalStatistic::CountPerWeek)
            statistic->setCurrentIndex(static_cast<int>(pilots::GoalStatistic::CountPerWeek));
        if (!count && s == pilots::GoalStatistic::CountPerWeek)
            statistic->setCurrentIndex(static_cast<int>(pilots::GoalStatistic::Mean24h));
    };
    connect(quantity, &QComboBox::currentIndexChanged, this, follow);
    follow();
    m_goals->setCellWidget(row, QuantityColumn, quantity);
    m_goals->setCellWidget(row, CategoryColumn, category);
    m_goals->setCellWidget(row, StatisticColumn, statistic);
    m_goals->setCellWidget(row, DirectionColumn, direction);
    m_goals->setCellWidget(row, TargetColumn, target);
}

pilots::PilotFields PilotEditor::fields() const
{
    pilots::PilotFields f;
    f.title = m_title->text().trimmed().toStdString();
    f.description = m_description->toPlainText().trimmed().toStdString();
    f.hypothesis = m_hypothesis->toPlainText().trimmed().toStdString();
    for (int row = 0; row < m_problems->count(); ++row)
        f.problemIds.push_back(m_problems->item(row)->data(kIdRole).toString().toStdString());
    f.zone = m_zone;
    f.start = fromQDate(m_start->date());
    f.end = fromQDate(m_end->date());
    f.costKrw = static_cast<std::int64_t>(m_cost->value());
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        pilots::Goal g;
        g.quantity = comboValue<pilots::GoalQuantity>(m_goals, row, QuantityColumn);
        g.statistic = comboValue<pilots::GoalStatistic>(m_goals, row, StatisticColumn);
        g.direction = comboValue<pilots::GoalDirection>(m_goals, row, DirectionColumn);
        if (g.quantity == pilots::GoalQuantity::ProblemCount)
            if (auto* c = qobject_cast<QComboBox*>(m_goals->cellWidget(row, CategoryColumn)))
                g.category = c->currentData().toString().toStdString();
        if (auto* t = qobject_cast<QDoubleSpinBox*>(m_goals->cellWidget(row, TargetColumn)))
            g.targetPercent = t->value();
        f.goals.push_back(g);
    }
    return f;
}

bool PilotEditor::save()
{
    if (!m_zoneOk) {
        showError(m_zoneMessage.isEmpty() ? tr("The zone's outline crosses itself: fix it on the map.")
                                          : m_zoneMessage);
        return false;
    }
    const auto f = fields();
    auto result = m_pilotId.empty() ? m_store.createPilot(f) : m_store.updatePilot(m_pilotId, f);
    if (!result) {
        showError(pilotErrorText(result.error()));
        return false;
    }
    m_pilotId = result->id;
    m_error->hide();
    if (m_drawZone->isChecked())
        m_drawZone->setChecked(false);
    emit saved(QString::fromStdString(m_pilotId));
    return true;
}

QString PilotEditor::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QString PilotEditor::pilotErrorText(const core::Error& e)
{
    const QString field = QString::fromStdString(e.field);
    if (e.code == "forbidden")
        return tr("Only a coordinator makes and changes pilots.");
    if (e.code == "invalid_transition")
        return tr("A pilot cannot move to that phase from where it is.");
    if (field == QLatin1String("title"))
        return tr("Give the pilot a title (at most 200 characters).");
    if (field.startsWith(QLatin1String("problem_ids")))
        return tr("A pilot is made from at least one problem of this profile; add one with “Add selected "
                  "problem”.");
    if (field == QLatin1String("zone"))
        return tr("Draw the zone on the map or import it from GeoJSON (1 to 50 polygons).");
    if (field.startsWith(QLatin1String("zone[")))
        return tr("Polygon %1 of the zone is not a proper outline: at least 3 vertices, not crossing itself.")
            .arg(field.mid(5, field.indexOf(QLatin1Char(']')) - 5).toInt() + 1);
    if (field == QLatin1String("start"))
        return tr("Choose the day the pilot starts.");
    if (field == QLatin1String("end"))
        return tr("A pilot runs for at most six months, ending on or after its start.");
    if (field == QLatin1String("goals"))
        return tr("Add at least one measurable goal.");
    if (field.startsWith(QLatin1String("goals[")))
        return tr("Goal %1: a sensor quantity is a 24 h or daily mean, a count of problems goes by week and "
                  "names a category, and a decrease is at most 100 %.")
            .arg(field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt() + 1);
    if (field == QLatin1String("cost_krw"))
        return tr("The cost is a whole number of won.");
    return describeError(e);
}

void PilotEditor::updateDates()
{
    const auto start = fromQDate(m_start->date());
    if (!start.ok())
        return;
    const QDate latest = toQDate(pilots::latestEnd(start));
    m_end->setMinimumDate(m_start->date());
    const bool tooLong = m_end->date() > latest;
    m_latestEnd->setText(tooLong ? tr("Too long: a pilot starting %1 ends by %2 at the latest.")
                                       .arg(QLocale().toString(m_start->date(), QLocale::ShortFormat),
                                            QLocale().toString(latest, QLocale::ShortFormat))
                                 : tr("Ends by %1 at the latest (six months).")
                                       .arg(QLocale().toString(latest, QLocale::ShortFormat)));
    m_latestEnd->setStyleSheet(tooLong ? QStringLiteral("color: #b00020;") : QString());
}

void PilotEditor::updateZoneSummary()
{
    std::size_t vertices = 0;
    for (const auto& ring : m_zone)
        vertices += ring.size();
    QString text = m_zone.empty() ? tr("No zone yet.")
                                  : tr("%n polygon(s), ", nullptr, static_cast<int>(m_zone.size())) +
                                        tr("%n vertices", nullptr, static_cast<int>(vertices));
    if (m_drawZone->isChecked())
        text +=
            QLatin1Char('\n') + tr("Click the map to add vertices, drag one to move it, right-click one to "
                                   "remove it; Ctrl+Z undoes.");
    if (!m_zoneOk && !m_zoneMessage.isEmpty())
        text += QLatin1Char('\n') + m_zoneMessage;
    m_zoneSummary->setText(text);
    m_zoneSummary->setStyleSheet(m_zoneOk ? QString() : QStringLiteral("color: #b00020;"));
}

void PilotEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void PilotEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PilotEditor::closeEvent(QCloseEvent* event)
{
    if (m_drawZone->isChecked())
        m_drawZone->setChecked(false);
    QDialog::closeEvent(event);
}

void PilotEditor::retranslate()
{
    setWindowTitle(m_pilotId.empty() ? tr("New pilot") : tr("Edit pilot"));
    const QStringList labels{tr("Title"), tr("Description"), tr("Hypothesis"), tr("Problems"),
                             tr("Dates"), tr("Cost"),        tr("Goals"),      tr("Zone")};
    for (std::size_t i = 0; i < m_labels.size() && i < static_cast<std::size_t>(labels.size()); ++i)
        m_labels[i]->setText(labels[static_cast<int>(i)]);
    m_title->setPlaceholderText(tr("e.g. Clean-air streets around two schools"));
    m_hypothesis->setPlaceholderText(tr("What should change, and why?"));
    m_addProblem->setText(tr("Add selected problem"));
    m_removeProblem->setText(tr("Remove"));
    m_goals->setHorizontalHeaderLabels(
        {tr("Quantity"), tr("Category"), tr("Summed as"), tr("Direction"), tr("Target change")});
    m_addGoal->setText(tr("Add goal"));
    m_removeGoal->setText(tr("Remove goal"));
    m_drawZone->setText(tr("Draw on map"));
    m_importZone->setText(tr("Import GeoJSON…"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    updateDates();
    updateZoneSummary();
}

} // namespace balgul::ui
