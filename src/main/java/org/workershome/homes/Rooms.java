package org.workershome.homes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Rooms extends JpaRepository<Room, Long> {

    List<Room> findByHomeIdOrderByName(Long homeId);
}
