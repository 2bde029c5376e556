#pragma once

#include <QWidget>

namespace balgul::ui {

/// The key to the station colours, laid over the map's top-left corner: the Korean grades 좋음,
/// 보통, 나쁨, 매우나쁨 and "not enough data" with their colours, and the ring of a shared station.
/// It lets clicks through to the map.
class GradeLegend : public QWidget
{
    Q_OBJECT

public:
    explicit GradeLegend(QWidget* map);

    /// The texts of the rows, top to bottom (for tests).
    QStringList rowTexts() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString title() const;
};

} // namespace balgul::ui
