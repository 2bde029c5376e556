#include "ui/panels/evidence_card.h"

#include "core/store/store.h"
#include "ui/date_text.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sensor/grade_colors.h"
#include "ui/sensor/import_reason_text.h"
#include "ui/undo/evidence_commands.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace balgul::ui {

namespace {

using core::sensor::KoreanGrade;

QLabel* makeLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString localTime(std::int64_t utcSeconds)
{
    return dayTimeText(QDateTime::fromSecsSinceEpoch(utcSeconds).toLocalTime());
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

// EvidenceSparkline -------------------------------------------------------------------------------

EvidenceSparkline::EvidenceSparkline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceSparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void EvidenceSparkline::setEvidence(const core::sensor::Evidence& evidence)
{
    m_points = evidence.summary.hourly;
    m_from = evidence.from;
    m_to = evidence.to;
    m_quantity = evidence.summary.quantity;
    update();
}

QSize EvidenceSparkline::sizeHint() const
{
    return {200, 48};
}

void EvidenceSparkline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    if (m_points.empty() || m_to <= m_from || area.width() <= 0)
        return;
    const auto pollutant = balgul::ui::pollutantOf(m_quantity);
    double top = 0;
    for (const auto& p : m_points)
        top = std::max(top, p.mean);
    const double bad = pollutant ? gradeBands(*pollutant)[2].from : 0;
    // The 나쁨 line is shown when the values come near it, so low values keep their shape.
    const double yMax = std::max({top * 1.15, top >= 0.6 * bad ? bad * 1.05 : 0.0, 1.0});
    const double span = static_cast<double>(m_to - m_from);
    const std::int64_t step =
        m_points.size() > 1 ? std::max<std::int64_t>(3600, m_points[1].start - m_points[0].start) : 3600;
    const double barWidth =
        std::max(1.0, step / span * area.width() - (step / span * area.width() > 4 ? 1 : 0));
    const QColor plain = palette().color(QPalette::Highlight);
    for (const auto& p : m_points) {
        const double x = area.left() + (static_cast<double>(p.start - m_from) / span) * area.width();
        const double h = std::max(1.0, p.mean / yMax * area.height());
        const QColor color = pollutant ? gradeColor(core::sensor::koreanGrade(*pollutant, p.mean)) : plain;
        painter.fillRect(QRectF(std::max(area.left(), x), area.bottom() - h, barWidth, h), color);
    }
    if (pollutant && bad <= yMax) {
        const double y = area.bottom() - bad / yMax * area.height();
        QPen pen(gradeColor(KoreanGrade::Bad).darker(130), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
}

// EvidenceCard ------------------------------------------------------------------------------------

EvidenceCard::EvidenceCard(core::Store* store, core::sensor::Evidence evidence, QWidget* parent)
    : QFrame(parent), m_store(store), m_evidence(std::move(evidence))
{
    setObjectName(QStringLiteral("evidenceCard"));
    setFrameShape(QFrame::StyledPanel);
    buildUi();
    retranslate();
}

void EvidenceCard::buildUi()
{
    m_title = makeLabel(this, "evidenceTitle");
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_series = makeLabel(this, "evidenceSeries");
    m_window = makeLabel(this, "evidenceWindow");
    m_window->setForegroundRole(QPalette::PlaceholderText);
    m_grade = makeLabel(this, "evidenceGrade");
    m_grade->setWordWrap(false);
    m_mean = makeLabel(this, "evidenceMean");
    m_max = makeLabel(this, "evidenceMax");
    m_overBad = makeLabel(this, "evidenceHoursOverBad");
    m_coverage = makeLabel(this, "evidenceCoverage");
    m_chart = new EvidenceSparkline(this);
    m_chart->setEvidence(m_evidence);
    m_fingerprint = makeLabel(this, "evidenceFingerprint");
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint->setFont(mono);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verifyResult = makeLabel(this, "verifyResult");
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_remove->setFlat(true);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->hide();

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_remove, 0, Qt::AlignTop);
    auto* gradeRow = new QHBoxLayout;
    gradeRow->addWidget(m_grade);
    gradeRow->addWidget(m_mean, 1);
    // Narrow enough for the details dock: the fingerprint and its buttons on rows of their own.
    auto* fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_copy);
    fingerprintRow->addWidget(m_verify);
    fingerprintRow->addStretch(1);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 8);
    column->setSpacing(4);
    column->addLayout(head);
    column->addWidget(m_series);
    column->addWidget(m_window);
    column->addLayout(gradeRow);
    column->addWidget(m_max);
    column->addWidget(m_overBad);
    column->addWidget(m_coverage);
    column->addWidget(m_chart);
    column->addWidget(m_fingerprint);
    column->addLayout(fingerprintRow);
    column->addWidget(m_verifyResult);

    const bool stored = m_store && !m_evidence.id.empty();
    m_copy->setVisible(stored);
    m_verify->setVisible(stored);
    m_verifyResult->hide();
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(toQ(m_evidence.fingerprint)); });
    connect(m_verify, &QPushButton::clicked, this, &EvidenceCard::verify);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(toQ(m_evidence.id)); });
}

void EvidenceCard::retranslate()
{
    const core::sensor::EvidenceSummary& s = m_evidence.summary;
    const QString unit = toQ(s.unit);
    m_title->setText(m_evidence.label.empty() ? tr("Sensor evidence") : toQ(m_evidence.label));
    const QString device =
        s.deviceName.empty() ? toQ(s.source) + u' ' + toQ(s.externalId) : toQ(s.deviceName);
    QString series = tr("%1 · %2").arg(quantityText(s.quantity), device);
    if (!s.sensorType.empty())
        series += QStringLiteral(" (%1)").arg(toQ(s.sensorType));
    m_series->setText(series);
    m_window->setText(tr("%1 – %2").arg(localTime(m_evidence.from), localTime(m_evidence.to)));

    m_grade->setVisible(s.grade.has_value());
    if (s.grade) {
        m_grade->setText(gradeName(*s.grade));
        m_grade->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }")
                .arg(gradeColor(*s.grade).name(), gradeTextColor(*s.grade).name()));
        m_grade->setToolTip(
            *s.grade == KoreanGrade::NotEnoughData
                ? tr("Too few hours with data for a grade (at least 18 of every 24 h are needed)")
            : s.hoursInWindow >= 24 ? tr("Grade of the worst 24 h mean in the window: %1 %2 over %3 h")
                                          .arg(number(s.gradeMean), unit)
                                          .arg(s.gradeHours)
                                    : tr("Grade of the window's mean: %1 %2 over %3 h")
                                          .arg(number(s.gradeMean), unit)
                                          .arg(s.gradeHours));
    }
    m_mean->setText(tr("Mean %1 %2").arg(number(s.mean), unit));
    m_max->setText(tr("Highest hourly mean %1 %2").arg(number(s.max), unit));
    m_max->setToolTip(tr("Highest single reading: %1 %2").arg(number(s.peak), unit));
    m_overBad->setVisible(s.grade.has_value());
    m_overBad->setText(tr("%n h at “%1” or worse", nullptr, s.hoursOverBad).arg(gradeName(KoreanGrade::Bad)));
    QString coverage = tr("Coverage %1 of %2 h").arg(s.hoursWithData).arg(s.hoursInWindow);
    // A window of whole hours around a few minutes of readings says how little it rests on.
    const std::int64_t length = m_evidence.to - m_evidence.from;
    if (s.readings > 0 && s.lastReading >= s.firstReading &&
        (s.lastReading - s.firstReading) * 10 < length * 9) {
        const QLocale locale;
        const QDate day = QDateTime::fromSecsSinceEpoch(m_evidence.from).toLocalTime().date();
        const auto clock = [&](std::int64_t t) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(t).toLocalTime();
            return when.date() == day ? locale.toString(when.time(), QStringLiteral("HH:mm")) : localTime(t);
        };
        coverage += QStringLiteral(" · ") +
                    tr("readings only %1–%2").arg(clock(s.firstReading), clock(s.lastReading));
    }
    m_coverage->setText(coverage);
    m_coverage->setToolTip(tr("%n reading(s) behind the figures", nullptr, static_cast<int>(s.readings)) +
                           (s.flagged > 0 ? QStringLiteral("; ") + tr("%n flagged reading(s) left out",
                                                                      nullptr, static_cast<int>(s.flagged))
                                          : QString()));

    const QString fp = toQ(m_evidence.fingerprint);
    m_fingerprint->setText(
        tr("SHA-256 %1").arg(fp.size() > 20 ? fp.left(12) + QStringLiteral("…") + fp.right(6) : fp));
    m_fingerprint->setToolTip(tr("SHA-256 fingerprint of exactly the readings in this window:\n%1").arg(fp));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the whole fingerprint"));
    m_verify->setText(tr("Verify"));
    m_verify->setToolTip(tr("Compute the fingerprint again from the readings stored now"));
    m_remove->setToolTip(tr("Remove this evidence from the problem"));

    m_verifyResult->setVisible(m_verified >= 0);
    if (m_verified == 1) {
        m_verifyResult->setText(tr("✓ unchanged"));
        m_verifyResult->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    } else if (m_verified == 0) {
        m_verifyResult->setText(tr("✗ readings changed since attached"));
        m_verifyResult->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    } else if (m_verified == 2) {
        m_verifyResult->setText(tr("✗ %1").arg(m_verifyError));
        m_verifyResult->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    }
}

void EvidenceCard::verify()
{
    if (!m_store || m_evidence.id.empty())
        return;
    const auto result = core::sensor::EvidenceStore(m_store->database()).verify(m_evidence.id);
    if (result.ok()) {
        m_verified = *result ? 1 : 0;
    } else {
        m_verified = 2;
        m_verifyError = result.error().code == "series_removed"
                            ? tr("the sensor series is no longer stored, so nothing can be compared")
                            : describeError(result.error());
    }
    retranslate();
}

QString EvidenceCard::verifyResult() const
{
    return m_verified < 0 ? QString() : m_verifyResult->text();
}

void EvidenceCard::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

void EvidenceCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

// EvidenceCardList --------------------------------------------------------------------------------

EvidenceCardList::EvidenceCardList(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("evidenceList"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("evidenceHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    m_cardLayout = new QVBoxLayout;
    m_cardLayout->setSpacing(6);
    layout->addLayout(m_cardLayout);
    hide();
}

void EvidenceCardList::setProblem(const std::string& problemId)
{
    if (problemId != m_problemId) {
        m_problemId = problemId;
        m_shown.clear();
    }
    reload();
}

void EvidenceCardList::reload()
{
    std::vector<core::sensor::Evidence> evidence;
    if (!m_problemId.empty()) {
        auto listed = core::sensor::EvidenceStore(m_store.database()).list(m_problemId);
        if (listed)
            evidence = std::move(listed).value();
        else
            emit errorOccurred(describeError(listed.error()));
    }
    std::vector<std::string> keys;
    for (const auto& e : evidence)
        keys.push_back(e.id + ':' + e.fingerprint);
    if (keys == m_shown && static_cast<std::size_t>(m_cardLayout->count()) == evidence.size())
        return; // unchanged: keep the cards (and what Verify said)
    m_shown = keys;
    while (QLayoutItem* item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (auto& e : evidence) {
        auto* card = new EvidenceCard(&m_store, std::move(e), this);
        card->setRemovable(m_undoStack != nullptr);
        connect(card, &EvidenceCard::removeRequested, this, &EvidenceCardList::removeEvidence);
        m_cardLayout->addWidget(card);
    }
    m_heading->setText(tr("Sensor evidence (%1)").arg(evidence.size()));
    setVisible(!evidence.empty());
}

void EvidenceCardList::setUndoStack(QUndoStack* stack, CommandErrorHandler onError)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_undoStack = stack;
    m_onError = std::move(onError);
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, &EvidenceCardList::reload);
    for (EvidenceCard* card : cards())
        card->setRemovable(stack != nullptr);
}

QList<EvidenceCard*> EvidenceCardList::cards() const
{
    QList<EvidenceCard*> out;
    for (int i = 0; i < m_cardLayout->count(); ++i)
        if (auto* card = qobject_cast<EvidenceCard*>(m_cardLayout->itemAt(i)->widget()))
            out.append(card);
    return out;
}

void EvidenceCardList::removeEvidence(const QString& evidenceId)
{
    if (!m_undoStack)
        return;
    for (EvidenceCard* card : cards())
        if (toQ(card->evidence().id) == evidenceId) {
            CommandErrorHandler onError = m_onError;
            if (!onError)
                onError = [this](const core::Error& error) { emit errorOccurred(describeError(error)); };
            m_undoStack->push(new RemoveEvidenceCommand(m_store, card->evidence(), onError));
            return;
        }
}

void EvidenceCardList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_heading->setText(tr("Sensor evidence (%1)").arg(cards().size()));
    QWidget::changeEvent(event);
}

} // namespace balgul::ui
