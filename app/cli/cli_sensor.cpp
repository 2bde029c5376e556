// balgul-cli import-sensor: preview or import a sensor file into the profile's store.

#include "app/cli/commands.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"

#include <iostream>

namespace balgul::cli {

int runImportSensor(const Args& args)
{
    using namespace core::sensor;
    const auto files = args.positional();
    if (files.size() != 1) {
        std::cerr << "usage: balgul-cli import-sensor FILE [--format auto|sensor-community|purpleair] "
                     "[--preview]\n";
        return 2;
    }
    const auto format = sensorFormatFromString(args.option("format", "auto"));
    if (!format) {
        std::cerr << "balgul-cli: unknown --format '" << args.option("format") << "'\n";
        return 2;
    }
    if (args.flag("preview")) {
        auto preview = previewSensorFile(files[0], *format);
        if (!preview) {
            std::cerr << "balgul-cli: " << preview.error().toString() << "\n";
            return 1;
        }
        std::cout << preview->toText();
        return 0;
    }
    auto store = core::Store::open(args.storePath);
    if (!store) {
        std::cerr << "balgul-cli: " << store.error().toString() << "\n";
        return 1;
    }
    auto report = importSensorFile(**store, files[0], *format);
    if (!report) {
        std::cerr << "balgul-cli: " << report.error().toString() << "\n";
        return 1;
    }
    std::cout << report->toText();
    return 0;
}

} // namespace balgul::cli
