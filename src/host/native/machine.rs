//! The real machine, for `os` under the native host: read from Linux's
//! /proc and /sys as libuv reads it. Where a file is missing (another OS, a
//! sandbox), the value of [`Machine::virtual_linux`] stands in.

use crate::host::Machine;

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// A `Key: value` line of /proc/meminfo or /proc/cpuinfo.
fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        (name.trim() == key).then(|| value.trim())
    })
}

fn meminfo_bytes(text: &str, key: &str) -> Option<f64> {
    let kib: f64 = field(text, key)?.split_whitespace().next()?.parse().ok()?;
    Some(kib * 1024.0)
}

/// Per CPU from /proc/stat, in ms (the kernel counts in 1/100 s, USER_HZ).
fn cpu_times(stat: &str) -> Vec<[f64; 5]> {
    stat.lines()
        .filter(|line| line.starts_with("cpu") && line.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
        .filter_map(|line| {
            let ticks: Vec<f64> = line.split_whitespace().skip(1).filter_map(|v| v.parse().ok()).collect();
            let at = |i: usize| ticks.get(i).copied().unwrap_or(0.0) * 10.0;
            (ticks.len() >= 4).then(|| [at(0), at(1), at(2), at(3), at(5)])
        })
        .collect()
}

pub fn linux_machine(uptime_ms: f64) -> Machine {
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let mut machine = Machine::virtual_linux(cpus, 4.0 * 1024.0 * 1024.0 * 1024.0, uptime_ms);
    if let Some(name) = read("/proc/sys/kernel/hostname") {
        machine.hostname = name.trim().to_string();
    }
    if let Some(release) = read("/proc/sys/kernel/osrelease") {
        machine.release = release.trim().to_string();
    }
    if let Some(version) = read("/proc/sys/kernel/version") {
        machine.version = version.trim().to_string();
    }
    if let Some(info) = read("/proc/cpuinfo") {
        if let Some(model) = field(&info, "model name") {
            machine.cpu_model = model.to_string();
        }
    }
    machine.cpu_speed = read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq")
        .and_then(|khz| khz.trim().parse::<u32>().ok())
        .map_or(0, |khz| khz / 1000);
    if let Some(times) = read("/proc/stat").map(|stat| cpu_times(&stat)).filter(|t| !t.is_empty()) {
        machine.cpu_times = times;
    }
    if let Some(info) = read("/proc/meminfo") {
        if let (Some(total), Some(free)) = (meminfo_bytes(&info, "MemTotal"), meminfo_bytes(&info, "MemAvailable")) {
            machine.total_memory = total;
            machine.free_memory = free;
        }
    }
    if let Some(uptime) = read("/proc/uptime").and_then(|text| text.split_whitespace().next()?.parse().ok()) {
        machine.uptime = uptime;
    }
    if let Some(load) = read("/proc/loadavg") {
        let values: Vec<f64> = load.split_whitespace().take(3).filter_map(|v| v.parse().ok()).collect();
        if let [one, five, fifteen] = values[..] {
            machine.loadavg = [one, five, fifteen];
        }
    }
    machine
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_stat_lines_become_milliseconds_per_cpu() {
        let stat = "cpu  10 0 0 0 0 0\ncpu0 1 2 3 4 5 6 7\ncpu1 10 20 30 40 50 60\nintr 1\n";
        assert_eq!(cpu_times(stat), vec![[10.0, 20.0, 30.0, 40.0, 60.0], [100.0, 200.0, 300.0, 400.0, 600.0]]);
    }

    #[test]
    fn meminfo_is_in_kib() {
        assert_eq!(meminfo_bytes("MemTotal:       1024 kB\nMemAvailable:    2 kB\n", "MemAvailable"), Some(2048.0));
    }
}
