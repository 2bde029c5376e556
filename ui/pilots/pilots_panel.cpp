#include "ui/pilots/pilots_panel.h"

#include "ui/pilots/pilot_colors.h"
#include "ui/pilots/pilot_strings.h"

#include "core/store/store.h"
#include "core/util/time.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace balgul::ui {

namespace {

using core::pilots::PilotPhase;

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kThumbnail = 56;

QString cardText(const core::pilots::Pilot& p)
{
    QStringList lines{QString::fromStdString(p.fields.title), spanText(p.fields.start, p.fields.end)};
    if (!p.fields.goals.empty())
        lines << goalText(p.fields.goals.front());
    if (!p.refusalCode.empty())
        lines << PilotsPanel::tr("⚠ Refused by the hub");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PilotsPanel::PilotsPanel(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("pilotsNew"));
    connect(m_new, &QPushButton::clicked, this, &PilotsPanel::newPilotRequested);
    m_newRound = new QPushButton(this);
    m_newRound->setObjectName(QStringLiteral("pilotsNewRound"));
    connect(m_newRound, &QPushButton::clicked, this, &PilotsPanel::newRoundRequested);
    m_closeRound = new QPushButton(this);
    m_closeRound->setObjectName(QStringLiteral("pilotsCloseRound"));
    connect(m_closeRound, &QPushButton::clicked, this, [this] {
        // One open round: close it (the window asks first); several: the button's menu chooses.
        if (m_openRounds.size() == 1) {
            const QString roundId = m_openRounds.front().first; // the list is rebuilt by the closing
            emit closeRoundRequested(roundId);
        }
    });
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    top->addWidget(m_empty, 1);
    top->addWidget(m_closeRound);
    top->addWidget(m_newRound);
    top->addWidget(m_new);
    layout->addLayout(top);

    auto* board = new QWidget;
    auto* columns = new QHBoxLayout(board);
    columns->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < core::pilots::kPilotPhaseCount; ++i) {
        auto* column = new QVBoxLayout;
        m_headers[i] = new QLabel(board);
        QFont bold = m_headers[i]->font();
        bold.setBold(true);
        m_headers[i]->setFont(bold);
        m_columns[i] = new QListWidget(board);
        m_columns[i]->setObjectName(QStringLiteral("pilotsColumn") +
                                    QString::fromLatin1(core::pilots::toString(static_cast<PilotPhase>(i))));
        m_columns[i]->setIconSize(QSize(kThumbnail, kThumbnail));
        m_columns[i]->setWordWrap(true);
        m_columns[i]->setTextElideMode(Qt::ElideRight);
        m_columns[i]->setMinimumWidth(160);
        m_columns[i]->setSpacing(2);
        connect(m_columns[i], &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
            setSelectedPilot(item->data(kIdRole).toString());
            emit pilotSelected(item->data(kIdRole).toString());
        });
        connect(m_columns[i], &QListWidget::itemActivated, this,
                [this](QListWidgetItem* item) { emit pilotOpened(item->data(kIdRole).toString()); });
        column->addWidget(m_headers[i]);
        column->addWidget(m_columns[i], 1);
        columns->addLayout(column, 1);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(board);
    layout->addWidget(scroll, 1);

    m_listener = m_store.addListener([this](const core::StoreChange& change) { onStoreChange(change); });
    retranslate();
    refresh();
}

PilotsPanel::~PilotsPanel()
{
    m_store.removeListener(m_listener);
}

void PilotsPanel::setCanCreate(bool canCreate)
{
    m_new->setVisible(canCreate);
}

void PilotsPanel::setCanOpenRound(bool canOpen)
{
    m_canOpenRound = canOpen;
    m_newRound->setVisible(canOpen);
    updateCloseRound();
}

void PilotsPanel::updateCloseRound()
{
    m_openRounds.clear();
    const auto now = core::now();
    for (const auto& round : m_store.rounds())
        // A round the hub refused was never open there: nothing to close.
        if (!round.localOnly && round.refusalCode.empty() &&
            round.stateAt(now) == core::voting::RoundState::Open)
            m_openRounds.emplace_back(QString::fromStdString(round.info.id),
                                      QString::fromStdString(round.info.title));
    m_closeRound->setVisible(m_canOpenRound && !m_openRounds.empty());
    if (m_openRounds.size() == 1) {
        m_closeRound->setText(tr("Close “%1”…").arg(m_openRounds.front().second));
        m_closeRound->setMenu(nullptr);
    } else {
        m_closeRound->setText(tr("Close a voting round"));
        auto* menu = m_closeRound->menu();
        if (!menu) {
            menu = new QMenu(m_closeRound);
            menu->setObjectName(QStringLiteral("pilotsCloseRoundMenu"));
            m_closeRound->setMenu(menu);
        }
        menu->clear();
        for (const auto& [id, title] : m_openRounds)
            menu->addAction(tr("%1…").arg(title), this,
                            [this, roundId = id] { emit closeRoundRequested(roundId); });
    }
    m_closeRound->setToolTip(tr("Stop taking ballots now; the hub publishes the results"));
}

void PilotsPanel::onStoreChange(const core::StoreChange& change)
{
    using Kind = core::StoreChange::Kind;
    // Once per burst of changes: the pilots when they changed, the open rounds when a round did.
    // A push's answer may refuse a pilot: its card says so.
    if (change.kind == Kind::PilotsChanged || change.kind == Kind::Reset ||
        change.kind == Kind::SyncStateChanged)
        m_pilotsStale = true;
    else if (change.kind != Kind::VotingChanged)
        return;
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (std::exchange(m_pilotsStale, false))
            refresh();
        else
            updateCloseRound();
    });
}

void PilotsPanel::refresh()
{
    m_pilots = m_store.pilots();
    fill();
    updateCloseRound();
}

void PilotsPanel::fill()
{
    QString selected;
    for (QListWidget* column : m_columns)
        if (column->currentItem())
            selected = column->currentItem()->data(kIdRole).toString();
    std::array<int, core::pilots::kPilotPhaseCount> counts{};
    for (QListWidget* column : m_columns)
        column->clear();
    const qreal ratio = devicePixelRatioF();
    for (const auto& p : m_pilots) {
        const int phase = static_cast<int>(p.phase);
        ++counts[phase];
        auto* item = new QListWidgetItem(QIcon(zoneThumbnail(p, kThumbnail, ratio)), cardText(p));
        item->setData(kIdRole, QString::fromStdString(p.id));
        QStringList tip{QString::fromStdString(p.fields.title), phaseName(p.phase),
                        spanText(p.fields.start, p.fields.end), wonText(p.fields.costKrw)};
        for (const auto& goal : p.fields.goals)
            tip << goalText(goal);
        if (const QString refused = refusedPilotText(p); !refused.isEmpty())
            tip << refused;
        item->setToolTip(tip.join(QLatin1Char('\n')));
        m_columns[phase]->addItem(item);
    }
    for (int i = 0; i < core::pilots::kPilotPhaseCount; ++i)
        m_headers[i]->setText(tr("%1 (%2)").arg(phaseName(static_cast<PilotPhase>(i))).arg(counts[i]));
    m_empty->setText(m_pilots.empty() ? tr("No pilots yet. A coordinator makes one from problems: a zone on "
                                           "the map, up to six months, and measurable goals.")
                                      : tr("%n pilot(s)", nullptr, static_cast<int>(m_pilots.size())));
    if (!selected.isEmpty())
        setSelectedPilot(selected);
}

QListWidgetItem* PilotsPanel::cardOf(const QString& pilotId) const
{
    for (QListWidget* column : m_columns)
        for (int row = 0; row < column->count(); ++row)
            if (column->item(row)->data(kIdRole).toString() == pilotId)
                return column->item(row);
    return nullptr;
}

void PilotsPanel::setSelectedPilot(const QString& pilotId)
{
    for (QListWidget* column : m_columns) {
        QListWidgetItem* found = nullptr;
        for (int row = 0; row < column->count(); ++row)
            if (column->item(row)->data(kIdRole).toString() == pilotId)
                found = column->item(row);
        const QSignalBlocker block(column);
        if (found)
            column->setCurrentItem(found);
        else
            column->clearSelection();
    }
}

QPixmap PilotsPanel::zoneThumbnail(const core::pilots::Pilot& pilot, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    const auto box = core::pilots::zoneBounds(pilot.fields.zone);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = phaseColor(pilot.phase);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 4, 4);
    if (!box || box->second.lat <= box->first.lat || box->second.lon <= box->first.lon)
        return pixmap;
    const double south = box->first.lat;
    const double west = box->first.lon;
    const double north = box->second.lat;
    const double east = box->second.lon;
    // Longitude shrinks with latitude: keep the zone's shape.
    const double aspect = std::cos((south + north) / 2 * 3.14159265358979 / 180);
    const double width = (east - west) * aspect;
    const double height = north - south;
    const double scale = (size - 8) / std::max(width, height);
    const double offsetX = (size - width * scale) / 2;
    const double offsetY = (size - height * scale) / 2;
    QPainterPath path;
    for (const auto& ring : pilot.fields.zone) {
        QPolygonF polygon;
        for (const auto& v : ring)
            polygon << QPointF(offsetX + (v.lon - west) * aspect * scale, offsetY + (north - v.lat) * scale);
        path.addPolygon(polygon);
        path.closeSubpath();
    }
    QColor fill = colour;
    fill.setAlphaF(0.45);
    painter.setBrush(fill);
    painter.setPen(QPen(colour.darker(140), 1.5));
    painter.drawPath(path);
    return pixmap;
}

void PilotsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PilotsPanel::retranslate()
{
    m_new->setText(tr("New pilot…"));
    m_new->setToolTip(tr("Make a pilot from the selected problem: a zone on the map, dates and goals"));
    m_newRound->setText(tr("Open a voting round…"));
    m_newRound->setToolTip(tr("Let residents choose between the pilots in the voting phase"));
    fill();
    updateCloseRound();
}

} // namespace balgul::ui
