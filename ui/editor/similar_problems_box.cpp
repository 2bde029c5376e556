#include "ui/editor/similar_problems_box.h"

#include "ui/category_names.h"
#include "ui/qt_convert.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    : QWidget(parent), m_heading(new QLabel(this)), m_entries(new QWidget(this)),
      m_entriesLayout(new QVBoxLayout(m_entries))
{
    setObjectName(QStringLiteral("similarBox"));
    m_heading->setObjectName(QStringLiteral("similarHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setSpacing(2);

    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* inner = new QVBoxLayout(frame);
    inner->addWidget(m_heading);
    inner->addWidget(m_entries);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    hide();
}

void SimilarProblemsBox::clear()
{
    while (QLayoutItem* item = m_entriesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ids.clear();
    m_labels.clear();
    hide();
}

void SimilarProblemsBox::setProblems(const std::vector<core::Problem>& problems, double lat, double lon)
{
    clear();
    if (problems.empty())
        return;
    m_heading->setText(tr("Similar problems nearby (%1)").arg(problems.size()));
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
        rowLayout->addWidget(button);
        m_entriesLayout->addWidget(row);
        m_ids.push_back(id);
        m_labels.push_back(label);
        ++index;
    }
    show();
}

QString SimilarProblemsBox::entryText(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return m_labels[static_cast<std::size_t>(index)]->text();
}

} // namespace balgul::ui
