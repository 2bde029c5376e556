// balgul-cli import-sensor: preview or import a sensor file into the profile's store.

#include "app/cli/commands.h"
#include "core/sensor/generic_mapping.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace balgul::cli {

namespace {

const char* kImportUsage =
    "usage: balgul-cli import-sensor FILE [--format auto|sensor-community|purpleair|airgradient|atmotube|\n"
    "           sensor-community-json|airkorea|generic] [--preview] [--json]\n"
    "           [--mapping FILE.json | --preset NAME] [--save-preset NAME] [--tz ZONE]\n"
    "           [--gpx TRACK.gpx [--max-gap SECONDS]] [--lat DEG --lon DEG] [--name NAME]\n";

bool number(const std::string& text, double& out)
{
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size();
    } catch (const std::exception&) {
        return false;
    }
}

int fail(const core::Error& e)
{
    std::cerr << "balgul-cli: " << e.toString() << "\n";
    return 1;
}

} // namespace

int runImportSensor(const Args& args)
{
    using namespace core::sensor;
    const auto files = args.positional();
    if (files.size() != 1) {
        std::cerr << kImportUsage;
        return 2;
    }
    ImportOptions options;
    const auto format = sensorFormatFromString(args.option("format", "auto"));
    if (!format) {
        std::cerr << "balgul-cli: unknown --format '" << args.option("format") << "'\n" << kImportUsage;
        return 2;
    }
    options.format = *format;
    options.timeZone = args.option("tz");
    options.gpxPath = args.option("gpx");
    options.deviceName = args.option("name");
    if (const std::string gap = args.option("max-gap"); !gap.empty()) {
        double seconds = 0;
        if (!number(gap, seconds) || seconds < 0) {
            std::cerr << "balgul-cli: --max-gap takes seconds\n";
            return 2;
        }
        options.maxGapSeconds = static_cast<int>(seconds);
    }
    if (!args.option("lat").empty() || !args.option("lon").empty()) {
        double lat = 0, lon = 0;
        if (!number(args.option("lat"), lat) || !number(args.option("lon"), lon) || lat < -90 || lat > 90 ||
            lon < -180 || lon > 180) {
            std::cerr << "balgul-cli: --lat and --lon take degrees (both)\n";
            return 2;
        }
        options.lat = lat;
        options.lon = lon;
    }
    std::unique_ptr<core::Store> store;
    auto openStore = [&]() -> bool {
        if (store)
            return true;
        auto opened = core::Store::open(args.storePath);
        if (!opened) {
            fail(opened.error());
            return false;
        }
        store = std::move(*opened);
        return true;
    };
    if (const std::string mappingFile = args.option("mapping"); !mappingFile.empty()) {
        std::ifstream in(mappingFile, std::ios::binary);
        if (!in) {
            std::cerr << "balgul-cli: cannot read " << mappingFile << "\n";
            return 1;
        }
        std::stringstream text;
        text << in.rdbuf();
        auto mapping = GenericMapping::fromJson(text.str());
        if (!mapping)
            return fail(mapping.error().file.empty() ? core::Error(mapping.error()).at(mappingFile)
                                                     : mapping.error());
        options.generic = std::move(*mapping);
    } else if (const std::string preset = args.option("preset"); !preset.empty()) {
        if (!openStore())
            return 1;
        auto found = PresetStore((*store).database()).find(preset);
        if (!found)
            return fail(found.error());
        if (!*found) {
            std::cerr << "balgul-cli: no preset named '" << preset << "'\n";
            return 1;
        }
        options.generic = std::move(**found);
    }
    if (options.generic && options.format == SensorFormat::Auto)
        options.format = SensorFormat::Generic;
    if (args.flag("preview")) {
        auto preview = previewSensorFile(files[0], options);
        if (!preview)
            return fail(preview.error());
        std::cout << preview->toText();
        return 0;
    }
    if (!openStore())
        return 1;
    if (const std::string name = args.option("save-preset"); !name.empty()) {
        if (!options.generic) {
            std::cerr << "balgul-cli: --save-preset needs --mapping\n";
            return 2;
        }
        if (auto saved = PresetStore(store->database()).save(name, *options.generic); !saved)
            return fail(saved.error());
    }
    auto report = importSensorFile(*store, files[0], options);
    if (!report)
        return fail(report.error());
    std::cout << (args.flag("json") ? report->toJson() + "\n" : report->toText());
    return 0;
}

} // namespace balgul::cli
