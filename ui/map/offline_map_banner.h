#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace balgul::ui {

/// Says, above the map, that its tiles cannot be loaded, and offers what works without a network:
/// the plain map or an offline map pack. Not modal; ✕ closes it.
///
/// Widgets for tests: offlineMapText, usePlainMapButton, chooseMapPackButton, closeOfflineMapButton.
class OfflineMapBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineMapBanner(QWidget* parent = nullptr);

    /// Shows the banner for tiles from `host` that cannot be reached.
    void showFor(const QString& host);
    QString text() const;

signals:
    void plainMapRequested();
    void mapPackRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_plain = nullptr;
    QPushButton* m_pack = nullptr;
};

} // namespace balgul::ui
