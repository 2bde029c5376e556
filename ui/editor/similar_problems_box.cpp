#include "ui/editor/similar_problems_box.h"

#include "ui/category_names.h"
#include "ui/qt_convert.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace balgul::ui {

QString distanceText(double meters)
{
    const QLocale locale;
    if (meters < 1000)
        return SimilarProblemsBox::tr("%1 m").arg(locale.toString(static_cast<int>(std::lround(meters))));
    return SimilarProblemsBox::tr("%1 km").arg(locale.toString(meters / 1000.0, 'f', 1));
}

SimilarProblemsBox::SimilarProblemsBox(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_none(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_entries(new QWidget), m_entriesLayout(new QVBoxLayout(m_entries))
{
    setObjectName(QStringLiteral("similarBox"));
    m_heading->setObjectName(QStringLiteral("similarHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_none->setObjectName(QStringLiteral("similarNone"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_none->setText(tr("None so far. Problems of the same category or with a similar title near the "
                       "place show here, so that you can support one instead of logging it twice."));
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setSpacing(2);
    m_entriesLayout->addWidget(m_none);
    m_entriesLayout->addStretch(1);
    m_scroll->setWidget(m_entries);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // Room for two entries (a button each); more scroll.
    const int buttonHeight = QPushButton(tr("Support this instead")).sizeHint().height();
    m_scroll->setFixedHeight(2 * buttonHeight + m_entriesLayout->spacing() + 2);

    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* inner = new QVBoxLayout(frame);
    inner->setContentsMargins(8, 4, 8, 4);
    inner->setSpacing(2);
    inner->addWidget(m_heading);
    inner->addWidget(m_scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    clear();
}

void SimilarProblemsBox::clear()
{
    while (m_entriesLayout->count() > 2) { // the "none" text and the stretch stay
        QLayoutItem* item = m_entriesLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_ids.clear();
    m_labels.clear();
    m_buttons.clear();
    m_heading->setText(tr("Similar problems within about 200 m"));
    m_none->show();
}

void SimilarProblemsBox::setProblems(const std::vector<core::Problem>& problems, double lat, double lon)
{
    clear();
    if (problems.empty())
        return;
    m_none->hide();
    m_heading->setText(tr("Similar problems within about 200 m (%1)").arg(problems.size()));
    int index = 0;
    for (const auto& problem : problems) {
        auto* row = new QWidget(m_entries);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const double meters = core::haversineMeters(lat, lon, problem.lat, problem.lon);
        auto* label = new QLabel(row);
        label->setObjectName(QStringLiteral("similarEntry%1").arg(index));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setText(tr("%1 — %2, %3 · %n supporter(s)", nullptr, problem.supportCount)
                           .arg(toQ(problem.title), distanceText(meters), categoryName(problem.category)));
        auto* button = new QPushButton(tr("Support this instead"), row);
        button->setObjectName(QStringLiteral("supportButton%1").arg(index));
        button->setToolTip(tr("Add your support to this problem instead of logging a new one"));
        const QString id = toQ(problem.id);
        connect(button, &QPushButton::clicked, this, [this, id] { emit supportRequested(id); });
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(button, 0, Qt::AlignTop);
        m_entriesLayout->insertWidget(m_entriesLayout->count() - 1, row);
        m_ids.push_back(id);
        m_labels.push_back(label);
        m_buttons.append(button);
        ++index;
    }
}

QList<QWidget*> SimilarProblemsBox::supportButtons() const
{
    return m_buttons;
}

QString SimilarProblemsBox::entryText(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return m_labels[static_cast<std::size_t>(index)]->text();
}

} // namespace balgul::ui
